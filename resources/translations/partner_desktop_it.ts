<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccountBar</name>
    <message>
        <source>Connected to %1</source>
        <translation>Connesso a %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Ambiente: %1</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Aggiorna (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>Impostazioni delle notifiche</translation>
    </message>
    <message>
        <source>Desktop notifications about the polls you follow</source>
        <translation>Notifiche sul desktop per i sondaggi che segui</translation>
    </message>
    <message>
        <source>Notify me about the polls I follow</source>
        <translation>Avvisami dei sondaggi che seguo</translation>
    </message>
    <message>
        <source>Close to the system tray</source>
        <translation>Chiudi nell’area di notifica</translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation>Questo desktop non ha un’area di notifica</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>About Partner Desktop</source>
        <translation>Informazioni su Partner Desktop</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portafoglio</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>Il tuo portafoglio</translation>
    </message>
    <message>
        <source>Your balance of each fan token</source>
        <translation>Il tuo saldo di ogni fan token</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Account connesso</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Accesso non eseguito</translation>
    </message>
    <message>
        <source>Enter the client id in Settings before signing in.</source>
        <translation>Inserisci l’ID client nelle Impostazioni prima di accedere.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Accesso eseguito come %1</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search polls  (Ctrl+F)</source>
        <translation>Cerca sondaggi  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search polls</source>
        <translation>Cerca sondaggi</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Cancella ricerca</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtra per stato</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>Filtra per partner</translation>
    </message>
    <message>
        <source>Sort polls</source>
        <translation>Ordina sondaggi</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stato</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation>&amp;Ordina</translation>
    </message>
    <message>
        <source>Order of the lists (Ctrl+Shift+S)</source>
        <translation>Ordine degli elenchi (Ctrl+Maiusc+S)</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>In chiusura</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Più recenti</translation>
    </message>
    <message>
        <source>Most tokens cast</source>
        <translation>Più token espressi</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About Partner Desktop</source>
        <translation>Informazioni su Partner Desktop</translation>
    </message>
    <message>
        <source>Vote on the polls of the clubs whose fan tokens you hold.</source>
        <translation>Vota nei sondaggi dei club di cui possiedi i fan token.</translation>
    </message>
    <message>
        <source>Connected to %1: %2</source>
        <translation>Connesso a %1: %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Ctrl+F  Search polls
Ctrl+1 / Ctrl+2  All polls / My polls
Ctrl+Shift+S  Sort the lists
Enter  Open the chosen poll
Tab, arrow keys  Move between and choose answers
Ctrl+Enter  Vote
Ctrl+D  Follow the poll
Esc  Back to the overview
F5  Refresh
Ctrl+Q  Quit</source>
        <translation>Ctrl+F  Cerca sondaggi
Ctrl+1 / Ctrl+2  Tutti i sondaggi / I miei sondaggi
Ctrl+Maiusc+S  Ordina gli elenchi
Invio  Apri il sondaggio scelto
Tab, frecce  Spostati tra le risposte e scegli
Ctrl+Invio  Vota
Ctrl+D  Segui il sondaggio
Esc  Torna alla panoramica
F5  Aggiorna
Ctrl+Q  Esci</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Caricamento</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Your vote was recorded.</source>
        <translation>Il tuo voto è stato registrato.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Disconnesso.</translation>
    </message>
    <message numerus="yes">
        <source>Following %n poll(s).</source>
        <translation>
            <numerusform>Segui %n sondaggio.</numerusform>
            <numerusform>Segui %n sondaggi.</numerusform>
        </translation>
    </message>
    <message>
        <source>You follow no poll.</source>
        <translation>Non segui alcun sondaggio.</translation>
    </message>
</context>
<context>
    <name>NoticeWords</name>
    <message>
        <source>A poll you follow is open</source>
        <translation>Un sondaggio che segui è aperto</translation>
    </message>
    <message>
        <source>Vote before it closes.</source>
        <translation>Vota prima che si chiuda.</translation>
    </message>
    <message>
        <source>A poll you follow closes soon</source>
        <translation>Un sondaggio che segui sta per chiudersi</translation>
    </message>
    <message numerus="yes">
        <source>It closes in %n minute(s) and you have not voted.</source>
        <translation>
            <numerusform>Si chiude tra %n minuto e non hai votato.</numerusform>
            <numerusform>Si chiude tra %n minuti e non hai votato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results are out</source>
        <translation>I risultati sono disponibili</translation>
    </message>
    <message>
        <source>See how the fans voted.</source>
        <translation>Guarda come hanno votato i tifosi.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>In questo momento</translation>
    </message>
    <message>
        <source>Open polls</source>
        <translation>Sondaggi aperti</translation>
    </message>
    <message>
        <source>Next poll to close</source>
        <translation>Prossimo sondaggio in chiusura</translation>
    </message>
    <message>
        <source>Open polls you have not voted on</source>
        <translation>Sondaggi aperti in cui non hai votato</translation>
    </message>
    <message>
        <source>Sign in to see your polls and tokens</source>
        <translation>Accedi per vedere i tuoi sondaggi e token</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;sign-in&quot; style=&quot;text-decoration: none&quot;&gt;Sign in&lt;/a&gt; to see the open polls you can still vote on, and your fan tokens.</source>
        <translation>&lt;a href=&quot;sign-in&quot; style=&quot;text-decoration: none&quot;&gt;Accedi&lt;/a&gt; per vedere i sondaggi aperti in cui puoi ancora votare e i tuoi fan token.</translation>
    </message>
    <message>
        <source>Your fan tokens</source>
        <translation>I tuoi fan token</translation>
    </message>
    <message>
        <source>Select a poll in the list to see its details and vote.</source>
        <translation>Seleziona un sondaggio nell’elenco per vederne i dettagli e votare.</translation>
    </message>
    <message>
        <source>Opens the poll: %1</source>
        <translation>Apre il sondaggio: %1</translation>
    </message>
    <message>
        <source>Loading the open polls…</source>
        <translation>Caricamento dei sondaggi aperti…</translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s) open now</source>
        <translation>
            <numerusform>%n sondaggio aperto ora</numerusform>
            <numerusform>%n sondaggi aperti ora</numerusform>
        </translation>
    </message>
    <message>
        <source>You have voted on every open poll</source>
        <translation>Hai votato in tutti i sondaggi aperti</translation>
    </message>
    <message numerus="yes">
        <source>%n open poll(s) you have not voted on yet</source>
        <translation>
            <numerusform>%n sondaggio aperto in cui non hai ancora votato</numerusform>
            <numerusform>%n sondaggi aperti in cui non hai ancora votato</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>Token di %1</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 di %2 — %3</translation>
    </message>
    <message>
        <source>Closed just now: %1</source>
        <translation>Appena chiuso: %1</translation>
    </message>
    <message>
        <source>Closes in %1: %2</source>
        <translation>Si chiude tra %1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerFilterModel</name>
    <message>
        <source>All partners</source>
        <translation>Tutti i partner</translation>
    </message>
</context>
<context>
    <name>PollDelegate</name>
    <message>
        <source>✓ You voted (%1)</source>
        <translation>✓ Hai votato (%1)</translation>
    </message>
    <message>
        <source>Quorum reached</source>
        <translation>Quorum raggiunto</translation>
    </message>
    <message>
        <source>Quorum %1 of %2</source>
        <translation>Quorum: %1 su %2</translation>
    </message>
    <message>
        <source>%1 tokens cast · no quorum</source>
        <translation>%1 token espressi · nessun quorum</translation>
    </message>
</context>
<context>
    <name>PollDetail</name>
    <message>
        <source>This poll is not open yet, so it cannot be voted on.</source>
        <translation>Questo sondaggio non è ancora aperto, quindi non si può votare.</translation>
    </message>
    <message>
        <source>This poll is closed, so it cannot be voted on any more.</source>
        <translation>Questo sondaggio è chiuso, quindi non si può più votare.</translation>
    </message>
    <message>
        <source>This poll is over and its results are out, so it cannot be voted on.</source>
        <translation>Questo sondaggio è terminato e i risultati sono disponibili, quindi non si può votare.</translation>
    </message>
    <message>
        <source>This poll was cancelled, so it cannot be voted on.</source>
        <translation>Questo sondaggio è stato annullato, quindi non si può votare.</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>una risposta</translation>
    </message>
    <message>
        <source>You voted “%1” with %2 on %3.</source>
        <translation>Hai votato «%1» con %2 il %3.</translation>
    </message>
    <message>
        <source>You voted “%1” with %2.</source>
        <translation>Hai votato «%1» con %2.</translation>
    </message>
    <message>
        <source>None: the poll was cancelled</source>
        <translation>Nessuno: il sondaggio è stato annullato</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Pubblicati il %1</translation>
    </message>
    <message>
        <source>Shown below</source>
        <translation>Mostrati qui sotto</translation>
    </message>
    <message>
        <source>Shown once you vote or when the poll closes (published %1)</source>
        <translation>Mostrati dopo il tuo voto o alla chiusura del sondaggio (pubblicazione: %1)</translation>
    </message>
    <message>
        <source>Shown once you vote or when the poll closes</source>
        <translation>Mostrati dopo il tuo voto o alla chiusura del sondaggio</translation>
    </message>
    <message>
        <source>You can vote with 1 to %1 tokens (this poll&apos;s limit).</source>
        <translation>Puoi votare con un numero di token da 1 a %1 (il limite di questo sondaggio).</translation>
    </message>
    <message>
        <source>You can vote with 1 to %1 tokens (all you hold).</source>
        <translation>Puoi votare con un numero di token da 1 a %1 (tutti quelli che possiedi).</translation>
    </message>
    <message>
        <source>Follow this poll</source>
        <translation>Segui questo sondaggio</translation>
    </message>
    <message>
        <source>Follow (Ctrl+D): be told when this poll opens, an hour before it closes if you have not voted, and when its results are out</source>
        <translation>Segui (Ctrl+D): ricevi un avviso quando questo sondaggio si apre, un’ora prima che si chiuda se non hai votato e quando escono i risultati</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Back to the overview</source>
        <translation>Torna alla panoramica</translation>
    </message>
    <message>
        <source>Back to the overview (Esc)</source>
        <translation>Torna alla panoramica (Esc)</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation>Logo di %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending your vote… (at most %n second(s))</source>
        <translation>
            <numerusform>Invio del voto… (al massimo %n secondo)</numerusform>
            <numerusform>Invio del voto… (al massimo %n secondi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote on this %1 poll</source>
        <translation>Vota in questo sondaggio di %1</translation>
    </message>
    <message>
        <source>Your tokens are not spent: they stay in your wallet. Votes are final: you cannot change or withdraw this vote.</source>
        <translation>I tuoi token non vengono spesi: restano nel tuo portafoglio. I voti sono definitivi: non potrai modificare né ritirare questo voto.</translation>
    </message>
    <message>
        <source>Vote %1</source>
        <translation>Vota con %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation>Apertura:</translation>
    </message>
    <message>
        <source>This poll is “%1”, so it cannot be voted on.</source>
        <translation>Questo sondaggio è nello stato «%1», quindi non si può votare.</translation>
    </message>
    <message>
        <source>Closes:</source>
        <translation>Chiusura:</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Risultati:</translation>
    </message>
    <message>
        <source>Binding:</source>
        <translation>Vincolante:</translation>
    </message>
    <message>
        <source>Quorum:</source>
        <translation>Quorum:</translation>
    </message>
    <message>
        <source>Tokens cast:</source>
        <translation>Token espressi:</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Number of tokens to vote with</source>
        <translation>Numero di token con cui votare</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <source>Vote with as many tokens as allowed</source>
        <translation>Vota con tutti i token consentiti</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Load this poll again</source>
        <translation>Carica di nuovo questo sondaggio</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vota</translation>
    </message>
    <message>
        <source>★ Following</source>
        <translation>★ Segui già</translation>
    </message>
    <message>
        <source>☆ Follow</source>
        <translation>☆ Segui</translation>
    </message>
    <message>
        <source>You follow this poll</source>
        <translation>Segui questo sondaggio</translation>
    </message>
    <message>
        <source>You do not follow this poll</source>
        <translation>Non segui questo sondaggio</translation>
    </message>
    <message>
        <source>Yes — the partner commits to the winning answer</source>
        <translation>Sì — il partner si impegna a rispettare la risposta vincente</translation>
    </message>
    <message>
        <source>No — an opinion poll</source>
        <translation>No — un sondaggio d’opinione</translation>
    </message>
    <message>
        <source>Does not apply: the poll was cancelled</source>
        <translation>Non si applica: il sondaggio è stato annullato</translation>
    </message>
    <message>
        <source>%1 of %2 needed, reached</source>
        <translation>%1 su %2 necessario, raggiunto</translation>
    </message>
    <message>
        <source>%1 of %2 needed, not reached yet</source>
        <translation>%1 su %2 necessario, non ancora raggiunto</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Nessun quorum</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>%1 (at most %2 per person)</source>
        <translation>%1 (al massimo %2 a persona)</translation>
    </message>
    <message>
        <source>✓ your vote</source>
        <translation>✓ il tuo voto</translation>
    </message>
    <message>
        <source>★ winning answer</source>
        <translation>★ risposta vincente</translation>
    </message>
    <message>
        <source>Select a poll first.</source>
        <translation>Seleziona prima un sondaggio.</translation>
    </message>
    <message>
        <source>Checking your tokens…</source>
        <translation>Verifica dei tuoi token…</translation>
    </message>
    <message>
        <source>You hold no %1 fan tokens, so you cannot vote on this poll.</source>
        <translation>Non possiedi fan token di %1, quindi non puoi votare in questo sondaggio.</translation>
    </message>
    <message>
        <source>You hold %1 of %2.</source>
        <translation>Possiedi %1 di %2.</translation>
    </message>
    <message>
        <source>Sign in to see your tokens.</source>
        <translation>Accedi per vedere i tuoi token.</translation>
    </message>
    <message>
        <source>Sign in to vote</source>
        <translation>Accedi per votare</translation>
    </message>
    <message>
        <source>Voting…</source>
        <translation>Voto in corso…</translation>
    </message>
    <message>
        <source>Choose an answer and how many tokens to vote with.</source>
        <translation>Scegli una risposta e con quanti token votare.</translation>
    </message>
    <message>
        <source>Vote “%1” with %2?</source>
        <translation>Votare «%1» con %2?</translation>
    </message>
</context>
<context>
    <name>PollListPage</name>
    <message>
        <source>All polls</source>
        <translation>Tutti i sondaggi</translation>
    </message>
    <message>
        <source>My polls</source>
        <translation>I miei sondaggi</translation>
    </message>
    <message>
        <source>Loading polls…</source>
        <translation>Caricamento dei sondaggi…</translation>
    </message>
    <message>
        <source>Sign in to see the polls you can vote on, with your votes.</source>
        <translation>Accedi per vedere i sondaggi in cui puoi votare, con i tuoi voti.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>No poll matches these filters.
Try another search or status.</source>
        <translation>Nessun sondaggio corrisponde a questi filtri.
Prova un’altra ricerca o un altro stato.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Cancella ricerca e filtri</translation>
    </message>
    <message>
        <source>No polls yet.</source>
        <translation>Ancora nessun sondaggio.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>★ Unfollow</source>
        <translation>★ Non seguire più</translation>
    </message>
    <message>
        <source>☆ Follow</source>
        <translation>☆ Segui</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Automatic (HTTP Basic, or what the server publishes)</source>
        <translation>Automatica (HTTP Basic o quanto pubblicato dal server)</translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>Autenticazione HTTP di base (client_secret_basic)</translation>
    </message>
    <message>
        <source>In the form body (client_secret_post)</source>
        <translation>Nel corpo del modulo (client_secret_post)</translation>
    </message>
    <message>
        <source>None: a public client without secret</source>
        <translation>Nessuna: un client pubblico senza segreto</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL di base dell’API</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL di autorizzazione</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL dei token</translation>
    </message>
    <message>
        <source>Revoke URL</source>
        <translation>URL di revoca</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Mostrato come:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>ID client:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Segreto client:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Ambito:</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Autenticazione del client:</translation>
    </message>
    <message>
        <source>Public-data client id:</source>
        <translation>ID client dati pubblici:</translation>
    </message>
    <message>
        <source>Public-data secret:</source>
        <translation>Segreto dati pubblici:</translation>
    </message>
    <message>
        <source>Partner tag:</source>
        <translation>Tag partner:</translation>
    </message>
    <message>
        <source>Redirect port:</source>
        <translation>Porta di reindirizzamento:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generali</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzate</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Notify me about the polls I follow</source>
        <translation>Avvisami dei sondaggi che seguo</translation>
    </message>
    <message>
        <source>Close to the system tray</source>
        <translation>Chiudi nell’area di notifica</translation>
    </message>
    <message>
        <source>The app keeps checking the polls you follow from there.</source>
        <translation>Da lì, l’app continua a controllare i sondaggi che segui.</translation>
    </message>
    <message>
        <source>The service this app talks to and the client it signs in as. The sandbox needs nothing here.</source>
        <translation>Il servizio con cui comunica questa app e il client con cui accede. La sandbox non ha bisogno di nulla qui.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profilo:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nuovo profilo…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Client (from the developer portal)</source>
        <translation>Client (dal portale sviluppatori)</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Salvato nel portachiavi di sistema; lascia vuoto per mantenerlo</translation>
    </message>
    <message>
        <source>The server&apos;s default</source>
        <translation>Quello predefinito del server</translation>
    </message>
    <message>
        <source>The client id above</source>
        <translation>L’ID client qui sopra</translation>
    </message>
    <message>
        <source>For a separate public-data client; stored in the system keyring</source>
        <translation>Per un client dati pubblici separato; salvato nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Chosen automatically</source>
        <translation>Scelta automaticamente</translation>
    </message>
    <message>
        <source>Pinned redirect port</source>
        <translation>Porta di reindirizzamento fissa</translation>
    </message>
    <message>
        <source>Conversion tracking (optional)</source>
        <translation>Monitoraggio delle conversioni (facoltativo)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save and use</source>
        <translation>Salva e usa</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Dimensione del te&amp;sto:</translation>
    </message>
    <message>
        <source>The sandbox built into the app runs here; it picks a free port when it starts.</source>
        <translation>Qui funziona la sandbox integrata nell’app; sceglie una porta libera all’avvio.</translation>
    </message>
    <message>
        <source>Give the new profile a name, then its URLs and client id.</source>
        <translation>Dai un nome al nuovo profilo, poi inserisci i suoi URL e l’ID client.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Partner Desktop</source>
        <translation>Benvenuto in Partner Desktop</translation>
    </message>
    <message>
        <source>The profile “%1” has no client id yet. Enter the consumer key from your partner developer portal in the settings — or try everything right now on the built-in sandbox, with test accounts and no network.</source>
        <translation>Il profilo «%1» non ha ancora un ID client. Inserisci la chiave consumer del portale sviluppatori partner nelle impostazioni, oppure prova subito tutto nella sandbox integrata, con account di prova e senza rete.</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Usa la sandbox</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Apri le impostazioni</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Copy link</source>
        <translation>Copia link</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Continua nel browser</translation>
    </message>
    <message>
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself. If no browser opened, copy the link below into one.</source>
        <translation>Nel browser si è aperta una pagina di accesso. Accedi lì e consenti l’accesso; questa finestra si aggiorna da sola. Se non si è aperto alcun browser, copia il link qui sotto in un browser.</translation>
    </message>
    <message numerus="yes">
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n minute(s). If no browser opened, copy the link below into one.</source>
        <translation>
            <numerusform>Si è aperta una pagina di accesso nel browser. Accedi lì e consenti l&apos;accesso; questa finestra si aggiorna da sola e attende al massimo %n minuto. Se non si è aperto nessun browser, copia il link qui sotto in un browser.</numerusform>
            <numerusform>Si è aperta una pagina di accesso nel browser. Accedi lì e consenti l&apos;accesso; questa finestra si aggiorna da sola e attende al massimo %n minuti. Se non si è aperto nessun browser, copia il link qui sotto in un browser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n second(s). If no browser opened, copy the link below into one.</source>
        <translation>
            <numerusform>Si è aperta una pagina di accesso nel browser. Accedi lì e consenti l&apos;accesso; questa finestra si aggiorna da sola e attende al massimo %n secondo. Se non si è aperto nessun browser, copia il link qui sotto in un browser.</numerusform>
            <numerusform>Si è aperta una pagina di accesso nel browser. Accedi lì e consenti l&apos;accesso; questa finestra si aggiorna da sola e attende al massimo %n secondi. Se non si è aperto nessun browser, copia il link qui sotto in un browser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Link di accesso</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Apri di nuovo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Updated %1</source>
        <translation>Aggiornato: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>● Connected to %1</source>
        <translation>● Connesso a %1</translation>
    </message>
    <message>
        <source>○ Cannot reach %1</source>
        <translation>○ Impossibile raggiungere %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Partner Desktop</source>
        <translation>Mostra Partner Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Still running in the tray: your followed polls are being checked.</source>
        <translation>Ancora attivo nell’area di notifica: i sondaggi che segui vengono controllati.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <source>The app keeps running. The details are in the log file.</source>
        <translation>L’app continua a funzionare. I dettagli sono nel file di log.</translation>
    </message>
</context>
<context>
    <name>WalletDialog</name>
    <message>
        <source>Loading your wallet…</source>
        <translation>Caricamento del portafoglio…</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>Il tuo portafoglio</translation>
    </message>
    <message>
        <source>Fan token balances</source>
        <translation>Saldi dei fan token</translation>
    </message>
    <message>
        <source>Fan token</source>
        <translation>Fan token</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Your wallet is empty: you hold no fan tokens.</source>
        <translation>Il tuo portafoglio è vuoto: non possiedi fan token.</translation>
    </message>
    <message numerus="yes">
        <source>You hold %n kind(s) of fan token.</source>
        <translation>
            <numerusform>Possiedi %n tipo di fan token.</numerusform>
            <numerusform>Possiedi %n tipi di fan token.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Loading your wallet…</source>
        <translation>Caricamento del portafoglio…</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Piccolo</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Più grande</translation>
    </message>
</context>
<context>
    <name>detail_placeholder</name>
    <message>
        <source>Select a poll to see its details.</source>
        <translation>Seleziona un sondaggio per vederne i dettagli.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This poll is not open for votes any more.</source>
        <translation>Questo sondaggio non accetta più voti.</translation>
    </message>
    <message>
        <source>You have already voted on this poll; a vote is final.</source>
        <translation>Hai già votato in questo sondaggio; il voto è definitivo.</translation>
    </message>
    <message>
        <source>That is more tokens than this poll allows or than you hold.</source>
        <translation>Sono più token di quanti ne consenta il sondaggio o di quanti ne possiedi.</translation>
    </message>
    <message>
        <source>The vote was not accepted: the answer or the token count is invalid.</source>
        <translation>Il voto non è stato accettato: la risposta o il numero di token non è valido.</translation>
    </message>
    <message>
        <source>This poll or answer no longer exists.</source>
        <translation>Questo sondaggio o questa risposta non esiste più.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation>L’accesso è scaduto o è stato revocato. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Please sign in to see your polls, votes and wallet.</source>
        <translation>Accedi per vedere i tuoi sondaggi, i tuoi voti e il tuo portafoglio.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read.</source>
        <translation>Il server ha inviato una risposta che l’app non riesce a leggere.</translation>
    </message>
    <message>
        <source>the system keyring (Secret Service)</source>
        <translation>portachiavi di sistema (Secret Service)</translation>
    </message>
    <message>
        <source>the system keyring (libsecret)</source>
        <translation>portachiavi di sistema (libsecret)</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>Portachiavi di macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestione credenziali di Windows</translation>
    </message>
    <message>
        <source>the %1 keyring</source>
        <translation>portachiavi %1</translation>
    </message>
    <message>
        <source>Sign-in remembered in %1.</source>
        <translation>Accesso memorizzato: %1.</translation>
    </message>
    <message>
        <source>Signed in for this session only: the server gave no refresh token to remember.</source>
        <translation>Accesso valido solo per questa sessione: il server non ha fornito un token di aggiornamento da memorizzare.</translation>
    </message>
    <message>
        <source>The client id (consumer key) is empty.</source>
        <translation>L’ID client (chiave consumer) è vuoto.</translation>
    </message>
    <message>
        <source>The redirect port must be between 1024 and 65535.</source>
        <translation>La porta di reindirizzamento deve essere compresa tra 1024 e 65535.</translation>
    </message>
    <message>
        <source>The client-credentials client id has spaces around it.</source>
        <translation>L’ID del client delle credenziali ha spazi intorno.</translation>
    </message>
    <message>
        <source>A profile name uses lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (at most 40).</source>
        <translation>Il nome di un profilo usa lettere minuscole, cifre, «-» e «_» (al massimo 40).</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program, so the sign-in cannot receive its answer. Close that program, or choose another redirect port in the profile settings.</source>
        <translation>La porta %1 è usata da un altro programma, quindi l’accesso non può riceverne la risposta. Chiudi quel programma o scegli un’altra porta di reindirizzamento nelle impostazioni del profilo.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 did not answer within %2 seconds.</source>
        <translation>Il server di accesso %1 non ha risposto entro %2 secondi.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 cannot be reached.</source>
        <translation>Il server di accesso %1 non è raggiungibile.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 is unavailable (HTTP %2).</source>
        <translation>Il server di accesso %1 non è disponibile (HTTP %2).</translation>
    </message>
    <message>
        <source>The certificate of the sign-in server at %1 is not valid.</source>
        <translation>Il certificato del server di accesso %1 non è valido.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Il server %1 non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The server at %1 is unavailable (HTTP %2).</source>
        <translation>Il server %1 non è disponibile (HTTP %2).</translation>
    </message>
    <message>
        <source>The certificate of the server at %1 is not valid.</source>
        <translation>Il certificato del server %1 non è valido.</translation>
    </message>
    <message>
        <source>The connection to the server at %1 broke off.</source>
        <translation>La connessione al server %1 si è interrotta.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached.</source>
        <translation>Il server %1 non è raggiungibile.</translation>
    </message>
    <message>
        <source>This profile has no client secret, so public data cannot be requested. Add the consumer secret in Settings.</source>
        <translation>Questo profilo non ha un segreto client, quindi non si possono chiedere i dati pubblici. Aggiungi il segreto consumer nelle Impostazioni.</translation>
    </message>
    <message>
        <source>The server does not allow this app to sign in this way.</source>
        <translation>Il server non consente a questa app di accedere in questo modo.</translation>
    </message>
    <message>
        <source>The server refused the requested permissions (scope).</source>
        <translation>Il server ha rifiutato le autorizzazioni richieste (scope).</translation>
    </message>
    <message>
        <source>The server does not support this kind of sign-in.</source>
        <translation>Il server non supporta questo tipo di accesso.</translation>
    </message>
    <message>
        <source>The server rejected the sign-in request as malformed.</source>
        <translation>Il server ha rifiutato la richiesta di accesso perché malformata.</translation>
    </message>
    <message>
        <source>The sign-in server gave an answer this app cannot use.</source>
        <translation>Il server di accesso ha dato una risposta che questa app non può usare.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Scegli prima un profilo.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Non esiste un profilo chiamato «%1».</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be read.</source>
        <translation>Impossibile leggere il file del profilo %1.</translation>
    </message>
    <message>
        <source>The profile has no %1 setting.</source>
        <translation>Il profilo non ha l’impostazione %1.</translation>
    </message>
    <message>
        <source>The %1 setting of the profile has the wrong kind of value.</source>
        <translation>L’impostazione %1 del profilo ha un tipo di valore sbagliato.</translation>
    </message>
    <message>
        <source>Unknown profile setting: %1.</source>
        <translation>Impostazione del profilo sconosciuta: %1.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// (http:// on this computer).</source>
        <translation>Inserisci un indirizzo web che inizi con https:// (http:// su questo computer).</translation>
    </message>
    <message>
        <source>The address %1 must use https unless it is on this computer.</source>
        <translation>L’indirizzo %1 deve usare https, a meno che non sia su questo computer.</translation>
    </message>
    <message>
        <source>Unknown tracking parameter: %1.</source>
        <translation>Parametro di tracciamento sconosciuto: %1.</translation>
    </message>
    <message>
        <source>The client authentication method must be client_secret_basic, client_secret_post or none.</source>
        <translation>Il metodo di autenticazione del client deve essere client_secret_basic, client_secret_post o none.</translation>
    </message>
    <message>
        <source>The path for &apos;%1&apos; must start with &apos;/&apos;.</source>
        <translation>Il percorso di «%1» deve iniziare con «/».</translation>
    </message>
    <message>
        <source>The path for &apos;%1&apos; uses a placeholder other than {polls_version}, {user_version}, {wallet_version} or {poll_id}.</source>
        <translation>Il percorso di «%1» usa un segnaposto diverso da {polls_version}, {user_version}, {wallet_version} o {poll_id}.</translation>
    </message>
    <message>
        <source>The authorize parameter name &apos;%1&apos; must be a letter followed by letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos; (at most 40).</source>
        <translation>Il nome del parametro di autorizzazione «%1» deve essere una lettera seguita da lettere, cifre, «_», «-» o «.» (al massimo 40).</translation>
    </message>
    <message>
        <source>The authorize parameter &apos;%1&apos; is set by the app itself and cannot be added.</source>
        <translation>Il parametro di autorizzazione «%1» è impostato dall’app stessa e non si può aggiungere.</translation>
    </message>
    <message>
        <source>The authorize parameter &apos;%1&apos; looks like a secret; secrets never go in the sign-in address.</source>
        <translation>Il parametro di autorizzazione «%1» sembra un segreto; i segreti non vanno mai nell’indirizzo di accesso.</translation>
    </message>
    <message>
        <source>The value of the authorize parameter &apos;%1&apos; must be printable text of at most 200 characters.</source>
        <translation>Il valore del parametro di autorizzazione «%1» deve essere testo stampabile di al massimo 200 caratteri.</translation>
    </message>
    <message>
        <source>The connection broke while your vote was being sent, and it is not known whether it counted. Check the poll, then try again: a repeated vote is never counted twice.</source>
        <translation>La connessione si è interrotta durante l’invio del voto e non si sa se è stato conteggiato. Controlla il sondaggio, poi riprova: un voto ripetuto non viene mai contato due volte.</translation>
    </message>
    <message>
        <source>The server is unavailable right now, so your vote was not counted. Try again in a moment: a repeated vote is never counted twice.</source>
        <translation>Il server non è disponibile in questo momento, quindi il tuo voto non è stato conteggiato. Riprova tra poco: un voto ripetuto non viene mai conteggiato due volte.</translation>
    </message>
    <message>
        <source>The server could not be reached, so your vote was not sent and not counted. Try again when it is back.</source>
        <translation>Il server non è raggiungibile, quindi il tuo voto non è stato inviato né conteggiato. Riprova quando sarà di nuovo disponibile.</translation>
    </message>
    <message>
        <source>The sign-in server is not answering, so the browser was not opened. Try again in a moment.</source>
        <translation>Il server di accesso non risponde, quindi il browser non è stato aperto. Riprova tra poco.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid, so nothing was sent to it. Check the server address in Settings, or try another network.</source>
        <translation>Il certificato del server non è valido, quindi non gli è stato inviato nulla. Controlla l’indirizzo del server nelle Impostazioni o prova un’altra rete.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your connection and try again.</source>
        <translation>Impossibile raggiungere il server. Controlla la connessione e riprova.</translation>
    </message>
    <message>
        <source>The vote was not accepted.</source>
        <translation>Il voto non è stato accettato.</translation>
    </message>
    <message>
        <source>This service is no longer available from the Partner API.</source>
        <translation>Questo servizio non è più disponibile nella Partner API.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>L’accesso è stato annullato.</translation>
    </message>
    <message>
        <source>Sign-in took too long: the browser never came back. Try again.</source>
        <translation>L’accesso ha richiesto troppo tempo: il browser non ha risposto. Riprova.</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only.</source>
        <translation>Accesso conservato solo per questa sessione.</translation>
    </message>
    <message>
        <source>Access was not granted in the browser, so you are not signed in.</source>
        <translation>L’accesso non è stato concesso nel browser, quindi non sei connesso.</translation>
    </message>
    <message>
        <source>The app could not listen for the browser&apos;s answer on this computer.</source>
        <translation>L’app non è riuscita ad attendere la risposta del browser su questo computer.</translation>
    </message>
    <message>
        <source>The server did not accept this app&apos;s client id or secret. Check them in Settings.</source>
        <translation>Il server non ha accettato l’ID client o il segreto di questa app. Controllali nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Signing in failed. Please try again.</source>
        <translation>Accesso non riuscito. Riprova.</translation>
    </message>
    <message>
        <source>The server is busy right now. Wait a moment, then try again.</source>
        <translation>Il server è occupato in questo momento. Attendi un attimo, poi riprova.</translation>
    </message>
    <message>
        <source>The server had a problem answering. Try again in a moment.</source>
        <translation>Il server ha avuto un problema nel rispondere. Riprova tra un attimo.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read (field %1).</source>
        <translation>Il server ha inviato una risposta che l’app non riesce a leggere (campo %1).</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Il server ha rifiutato la richiesta.</translation>
    </message>
    <message>
        <source>The system keyring is not available; sign-in lasts for this session only.</source>
        <translation>Il portachiavi di sistema non è disponibile; l’accesso vale solo per questa sessione.</translation>
    </message>
    <message>
        <source>The system keyring could not be used.</source>
        <translation>Impossibile usare il portachiavi di sistema.</translation>
    </message>
    <message>
        <source>The settings of this profile are incomplete.</source>
        <translation>Le impostazioni di questo profilo sono incomplete.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Qualcosa è andato storto.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Si è verificato un errore imprevisto. I dettagli sono nel file di log.</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Results out</source>
        <translation>Risultati pubblicati</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 g %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Closes in %1</source>
        <translation>Si chiude tra %1</translation>
    </message>
    <message>
        <source>Closes %1</source>
        <translation>Si chiude il %1</translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation>Si apre tra %1</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Si apre il %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Chiuso il %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
</TS>
