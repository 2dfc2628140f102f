<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountBar</name>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement : %1</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>Réglages des alertes</translation>
    </message>
    <message>
        <source>Desktop notifications about the polls you follow</source>
        <translation>Alertes sur le bureau pour les sondages que vous suivez</translation>
    </message>
    <message>
        <source>Notify me about the polls I follow</source>
        <translation>M’alerter pour les sondages que je suis</translation>
    </message>
    <message>
        <source>Close to the system tray</source>
        <translation>Fermer dans la zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation>Ce bureau n’a pas de zone de notification</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Partner Desktop</source>
        <translation>À propos de Partner Desktop</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>Votre portefeuille</translation>
    </message>
    <message>
        <source>Your balance of each fan token</source>
        <translation>Votre solde de chaque fan token</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Compte connecté</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Enter the client id in Settings before signing in.</source>
        <translation>Saisissez l’identifiant client dans les Paramètres avant de vous connecter.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln jeton</numerusform>
            <numerusform>%Ln jetons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search polls  (Ctrl+F)</source>
        <translation>Rechercher des sondages  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search polls</source>
        <translation>Rechercher des sondages</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>Filtrer par partenaire</translation>
    </message>
    <message>
        <source>Sort polls</source>
        <translation>Trier les sondages</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation>&amp;Tri</translation>
    </message>
    <message>
        <source>Order of the lists (Ctrl+Shift+S)</source>
        <translation>Ordre des listes (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Bientôt clos</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Plus récents</translation>
    </message>
    <message>
        <source>Most tokens cast</source>
        <translation>Le plus de jetons</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About Partner Desktop</source>
        <translation>À propos de Partner Desktop</translation>
    </message>
    <message>
        <source>Vote on the polls of the clubs whose fan tokens you hold.</source>
        <translation>Votez aux sondages des clubs dont vous détenez des fan tokens.</translation>
    </message>
    <message>
        <source>Connected to %1: %2</source>
        <translation>Connecté à %1 : %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
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
        <translation>Ctrl+F  Rechercher des sondages
Ctrl+1 / Ctrl+2  Tous les sondages / Mes sondages
Ctrl+Maj+S  Trier les listes
Entrée  Ouvrir le sondage choisi
Tab, flèches  Passer d’une réponse à l’autre et choisir
Ctrl+Entrée  Voter
Ctrl+D  Suivre le sondage
Échap  Retour à la vue d’ensemble
F5  Actualiser
Ctrl+Q  Quitter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Your vote was recorded.</source>
        <translation>Votre vote a été enregistré.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message numerus="yes">
        <source>Following %n poll(s).</source>
        <translation>
            <numerusform>Vous suivez %n sondage.</numerusform>
            <numerusform>Vous suivez %n sondages.</numerusform>
        </translation>
    </message>
    <message>
        <source>You follow no poll.</source>
        <translation>Vous ne suivez aucun sondage.</translation>
    </message>
</context>
<context>
    <name>NoticeWords</name>
    <message>
        <source>A poll you follow is open</source>
        <translation>Un sondage que vous suivez est ouvert</translation>
    </message>
    <message>
        <source>Vote before it closes.</source>
        <translation>Votez avant sa clôture.</translation>
    </message>
    <message>
        <source>A poll you follow closes soon</source>
        <translation>Un sondage que vous suivez se termine bientôt</translation>
    </message>
    <message numerus="yes">
        <source>It closes in %n minute(s) and you have not voted.</source>
        <translation>
            <numerusform>Il se termine dans %n minute et vous n’avez pas voté.</numerusform>
            <numerusform>Il se termine dans %n minutes et vous n’avez pas voté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results are out</source>
        <translation>Les résultats sont publiés</translation>
    </message>
    <message>
        <source>See how the fans voted.</source>
        <translation>Découvrez comment les supporters ont voté.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>En ce moment</translation>
    </message>
    <message>
        <source>Open polls</source>
        <translation>Sondages ouverts</translation>
    </message>
    <message>
        <source>Next poll to close</source>
        <translation>Prochain sondage à se terminer</translation>
    </message>
    <message>
        <source>Open polls you have not voted on</source>
        <translation>Sondages ouverts auxquels vous n’avez pas voté</translation>
    </message>
    <message>
        <source>Sign in to see your polls and tokens</source>
        <translation>Connectez-vous pour voir vos sondages et jetons</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;sign-in&quot; style=&quot;text-decoration: none&quot;&gt;Sign in&lt;/a&gt; to see the open polls you can still vote on, and your fan tokens.</source>
        <translation>&lt;a href=&quot;sign-in&quot; style=&quot;text-decoration: none&quot;&gt;Connectez-vous&lt;/a&gt; pour voir les sondages ouverts auxquels vous pouvez encore voter, et vos fan tokens.</translation>
    </message>
    <message>
        <source>Your fan tokens</source>
        <translation>Vos fan tokens</translation>
    </message>
    <message>
        <source>Select a poll in the list to see its details and vote.</source>
        <translation>Choisissez un sondage dans la liste pour voir ses détails et voter.</translation>
    </message>
    <message>
        <source>Opens the poll: %1</source>
        <translation>Ouvre le sondage : %1</translation>
    </message>
    <message>
        <source>Loading the open polls…</source>
        <translation>Chargement des sondages ouverts…</translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s) open now</source>
        <translation>
            <numerusform>%n sondage ouvert en ce moment</numerusform>
            <numerusform>%n sondages ouverts en ce moment</numerusform>
        </translation>
    </message>
    <message>
        <source>You have voted on every open poll</source>
        <translation>Vous avez voté à tous les sondages ouverts</translation>
    </message>
    <message numerus="yes">
        <source>%n open poll(s) you have not voted on yet</source>
        <translation>
            <numerusform>%n sondage ouvert auquel vous n’avez pas encore voté</numerusform>
            <numerusform>%n sondages ouverts auxquels vous n’avez pas encore voté</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>Jetons de %1</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 de %2 — %3</translation>
    </message>
    <message>
        <source>Closed just now: %1</source>
        <translation>Vient de se terminer : %1</translation>
    </message>
    <message>
        <source>Closes in %1: %2</source>
        <translation>Se termine dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>PartnerFilterModel</name>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
</context>
<context>
    <name>PollDelegate</name>
    <message>
        <source>✓ You voted (%1)</source>
        <translation>✓ Vous avez voté (%1)</translation>
    </message>
    <message>
        <source>Quorum reached</source>
        <translation>Quorum atteint</translation>
    </message>
    <message>
        <source>Quorum %1 of %2</source>
        <translation>Quorum : %1 sur %2</translation>
    </message>
    <message>
        <source>%1 tokens cast · no quorum</source>
        <translation>%1 jetons votés · pas de quorum</translation>
    </message>
</context>
<context>
    <name>PollDetail</name>
    <message>
        <source>This poll is not open yet, so it cannot be voted on.</source>
        <translation>Ce sondage n’est pas encore ouvert : impossible de voter.</translation>
    </message>
    <message>
        <source>This poll is closed, so it cannot be voted on any more.</source>
        <translation>Ce sondage est terminé : il n’est plus possible de voter.</translation>
    </message>
    <message>
        <source>This poll is over and its results are out, so it cannot be voted on.</source>
        <translation>Ce sondage est terminé et ses résultats sont publiés : impossible de voter.</translation>
    </message>
    <message>
        <source>This poll was cancelled, so it cannot be voted on.</source>
        <translation>Ce sondage a été annulé : impossible de voter.</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>une réponse</translation>
    </message>
    <message>
        <source>You voted “%1” with %2 on %3.</source>
        <translation>Vous avez voté « %1 » avec %2 le %3.</translation>
    </message>
    <message>
        <source>You voted “%1” with %2.</source>
        <translation>Vous avez voté « %1 » avec %2.</translation>
    </message>
    <message>
        <source>None: the poll was cancelled</source>
        <translation>Aucun : le sondage a été annulé</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publiés le %1</translation>
    </message>
    <message>
        <source>Shown below</source>
        <translation>Affichés ci-dessous</translation>
    </message>
    <message>
        <source>Shown once you vote or when the poll closes (published %1)</source>
        <translation>Affichés après votre vote ou à la clôture du sondage (publication : %1)</translation>
    </message>
    <message>
        <source>Shown once you vote or when the poll closes</source>
        <translation>Affichés après votre vote ou à la clôture du sondage</translation>
    </message>
    <message>
        <source>You can vote with 1 to %1 tokens (this poll&apos;s limit).</source>
        <translation>Vous pouvez voter avec 1 à %1 jetons (la limite de ce sondage).</translation>
    </message>
    <message>
        <source>You can vote with 1 to %1 tokens (all you hold).</source>
        <translation>Vous pouvez voter avec 1 à %1 jetons (tous ceux que vous détenez).</translation>
    </message>
    <message>
        <source>Follow this poll</source>
        <translation>Suivre ce sondage</translation>
    </message>
    <message>
        <source>Follow (Ctrl+D): be told when this poll opens, an hour before it closes if you have not voted, and when its results are out</source>
        <translation>Suivre (Ctrl+D) : être alerté à l’ouverture de ce sondage, une heure avant sa clôture si vous n’avez pas voté, et à la publication de ses résultats</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Back to the overview</source>
        <translation>Retour à la vue d’ensemble</translation>
    </message>
    <message>
        <source>Back to the overview (Esc)</source>
        <translation>Retour à la vue d’ensemble (Échap)</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation>Logo de %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending your vote… (at most %n second(s))</source>
        <translation>
            <numerusform>Envoi de votre vote… (%n seconde au plus)</numerusform>
            <numerusform>Envoi de votre vote… (%n secondes au plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote on this %1 poll</source>
        <translation>Voter à ce sondage de %1</translation>
    </message>
    <message>
        <source>Your tokens are not spent: they stay in your wallet. Votes are final: you cannot change or withdraw this vote.</source>
        <translation>Vos jetons ne sont pas dépensés : ils restent dans votre portefeuille. Les votes sont définitifs : vous ne pourrez ni modifier ni retirer ce vote.</translation>
    </message>
    <message>
        <source>Vote %1</source>
        <translation>Voter avec %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation>Ouverture :</translation>
    </message>
    <message>
        <source>This poll is “%1”, so it cannot be voted on.</source>
        <translation>Ce sondage est à l&apos;état « %1 », il n&apos;est donc pas possible d&apos;y voter.</translation>
    </message>
    <message>
        <source>Closes:</source>
        <translation>Clôture :</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Résultats :</translation>
    </message>
    <message>
        <source>Binding:</source>
        <translation>Contraignant :</translation>
    </message>
    <message>
        <source>Quorum:</source>
        <translation>Quorum :</translation>
    </message>
    <message>
        <source>Tokens cast:</source>
        <translation>Jetons votés :</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Jetons :</translation>
    </message>
    <message>
        <source>Number of tokens to vote with</source>
        <translation>Nombre de jetons pour voter</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Vote with as many tokens as allowed</source>
        <translation>Voter avec autant de jetons que permis</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Load this poll again</source>
        <translation>Recharger ce sondage</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>★ Following</source>
        <translation>★ Suivi</translation>
    </message>
    <message>
        <source>☆ Follow</source>
        <translation>☆ Suivre</translation>
    </message>
    <message>
        <source>You follow this poll</source>
        <translation>Vous suivez ce sondage</translation>
    </message>
    <message>
        <source>You do not follow this poll</source>
        <translation>Vous ne suivez pas ce sondage</translation>
    </message>
    <message>
        <source>Yes — the partner commits to the winning answer</source>
        <translation>Oui — le partenaire s’engage à suivre la réponse gagnante</translation>
    </message>
    <message>
        <source>No — an opinion poll</source>
        <translation>Non — un sondage d’opinion</translation>
    </message>
    <message>
        <source>Does not apply: the poll was cancelled</source>
        <translation>Sans objet : le sondage a été annulé</translation>
    </message>
    <message>
        <source>%1 of %2 needed, reached</source>
        <translation>%1 sur %2 requis, atteint</translation>
    </message>
    <message>
        <source>%1 of %2 needed, not reached yet</source>
        <translation>%1 sur %2 requis, pas encore atteint</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Pas de quorum</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>%1 (at most %2 per person)</source>
        <translation>%1 (au plus %2 par personne)</translation>
    </message>
    <message>
        <source>✓ your vote</source>
        <translation>✓ votre vote</translation>
    </message>
    <message>
        <source>★ winning answer</source>
        <translation>★ réponse gagnante</translation>
    </message>
    <message>
        <source>Select a poll first.</source>
        <translation>Choisissez d’abord un sondage.</translation>
    </message>
    <message>
        <source>Checking your tokens…</source>
        <translation>Vérification de vos jetons…</translation>
    </message>
    <message>
        <source>You hold no %1 fan tokens, so you cannot vote on this poll.</source>
        <translation>Vous ne détenez aucun fan token de %1 : vous ne pouvez pas voter à ce sondage.</translation>
    </message>
    <message>
        <source>You hold %1 of %2.</source>
        <translation>Vous détenez %1 de %2.</translation>
    </message>
    <message>
        <source>Sign in to see your tokens.</source>
        <translation>Connectez-vous pour voir vos jetons.</translation>
    </message>
    <message>
        <source>Sign in to vote</source>
        <translation>Connectez-vous pour voter</translation>
    </message>
    <message>
        <source>Voting…</source>
        <translation>Vote en cours…</translation>
    </message>
    <message>
        <source>Choose an answer and how many tokens to vote with.</source>
        <translation>Choisissez une réponse et le nombre de jetons à utiliser.</translation>
    </message>
    <message>
        <source>Vote “%1” with %2?</source>
        <translation>Voter « %1 » avec %2 ?</translation>
    </message>
</context>
<context>
    <name>PollListPage</name>
    <message>
        <source>All polls</source>
        <translation>Tous les sondages</translation>
    </message>
    <message>
        <source>My polls</source>
        <translation>Mes sondages</translation>
    </message>
    <message>
        <source>Loading polls…</source>
        <translation>Chargement des sondages…</translation>
    </message>
    <message>
        <source>Sign in to see the polls you can vote on, with your votes.</source>
        <translation>Connectez-vous pour voir les sondages auxquels vous pouvez voter, avec vos votes.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>No poll matches these filters.
Try another search or status.</source>
        <translation>Aucun sondage ne correspond à ces filtres.
Essayez une autre recherche ou un autre état.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>No polls yet.</source>
        <translation>Aucun sondage pour l’instant.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>★ Unfollow</source>
        <translation>★ Ne plus suivre</translation>
    </message>
    <message>
        <source>☆ Follow</source>
        <translation>☆ Suivre</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Automatic (HTTP Basic, or what the server publishes)</source>
        <translation>Automatique (HTTP Basic, ou ce que publie le serveur)</translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>Authentification HTTP de base (client_secret_basic)</translation>
    </message>
    <message>
        <source>In the form body (client_secret_post)</source>
        <translation>Dans le corps du formulaire (client_secret_post)</translation>
    </message>
    <message>
        <source>None: a public client without secret</source>
        <translation>Aucune : un client public sans secret</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l’API</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL d’autorisation</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL des jetons</translation>
    </message>
    <message>
        <source>Revoke URL</source>
        <translation>URL de révocation</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Affiché comme :</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Identifiant client :</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client :</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Portée :</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Authentification du client :</translation>
    </message>
    <message>
        <source>Public-data client id:</source>
        <translation>Identifiant client données publiques :</translation>
    </message>
    <message>
        <source>Public-data secret:</source>
        <translation>Secret données publiques :</translation>
    </message>
    <message>
        <source>Partner tag:</source>
        <translation>Balise partenaire :</translation>
    </message>
    <message>
        <source>Redirect port:</source>
        <translation>Port de redirection :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Notify me about the polls I follow</source>
        <translation>M’alerter pour les sondages que je suis</translation>
    </message>
    <message>
        <source>Close to the system tray</source>
        <translation>Fermer dans la zone de notification</translation>
    </message>
    <message>
        <source>The app keeps checking the polls you follow from there.</source>
        <translation>De là, l’application continue de surveiller les sondages que vous suivez.</translation>
    </message>
    <message>
        <source>The service this app talks to and the client it signs in as. The sandbox needs nothing here.</source>
        <translation>Le service auquel parle cette application et le client sous lequel elle se connecte. Le bac à sable n’a besoin de rien ici.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nouveau profil…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serveur et adresses</translation>
    </message>
    <message>
        <source>Client (from the developer portal)</source>
        <translation>Client (du portail développeur)</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Stocké dans le trousseau du système ; laissez vide pour le garder</translation>
    </message>
    <message>
        <source>The server&apos;s default</source>
        <translation>Celle par défaut du serveur</translation>
    </message>
    <message>
        <source>The client id above</source>
        <translation>L’identifiant client ci-dessus</translation>
    </message>
    <message>
        <source>For a separate public-data client; stored in the system keyring</source>
        <translation>Pour un client données publiques distinct ; stocké dans le trousseau du système</translation>
    </message>
    <message>
        <source>Chosen automatically</source>
        <translation>Choisi automatiquement</translation>
    </message>
    <message>
        <source>Pinned redirect port</source>
        <translation>Port de redirection fixe</translation>
    </message>
    <message>
        <source>Conversion tracking (optional)</source>
        <translation>Suivi des conversions (facultatif)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save and use</source>
        <translation>Enregistrer et utiliser</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Taille du te&amp;xte :</translation>
    </message>
    <message>
        <source>The sandbox built into the app runs here; it picks a free port when it starts.</source>
        <translation>Le bac à sable intégré à l’application tourne ici ; il choisit un port libre au démarrage.</translation>
    </message>
    <message>
        <source>Give the new profile a name, then its URLs and client id.</source>
        <translation>Donnez un nom au nouveau profil, puis ses URL et son identifiant client.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Partner Desktop</source>
        <translation>Bienvenue dans Partner Desktop</translation>
    </message>
    <message>
        <source>The profile “%1” has no client id yet. Enter the consumer key from your partner developer portal in the settings — or try everything right now on the built-in sandbox, with test accounts and no network.</source>
        <translation>Le profil « %1 » n’a pas encore d’identifiant client. Saisissez la clé consommateur de votre portail développeur partenaire dans les paramètres — ou essayez tout dès maintenant dans le bac à sable intégré, avec des comptes de test et sans réseau.</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Utiliser le bac à sable</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Continuez dans votre navigateur</translation>
    </message>
    <message>
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself. If no browser opened, copy the link below into one.</source>
        <translation>Une page de connexion s’est ouverte dans votre navigateur. Connectez-vous et autorisez l’accès ; cette fenêtre se met à jour d’elle-même. Si aucun navigateur ne s’est ouvert, copiez-y le lien ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n minute(s). If no browser opened, copy the link below into one.</source>
        <translation>
            <numerusform>Une page de connexion s&apos;est ouverte dans votre navigateur. Connectez-vous-y et autorisez l&apos;accès ; cette fenêtre se met à jour d&apos;elle-même et attend %n minute au plus. Si aucun navigateur ne s&apos;est ouvert, copiez le lien ci-dessous dans l&apos;un d&apos;eux.</numerusform>
            <numerusform>Une page de connexion s&apos;est ouverte dans votre navigateur. Connectez-vous-y et autorisez l&apos;accès ; cette fenêtre se met à jour d&apos;elle-même et attend %n minutes au plus. Si aucun navigateur ne s&apos;est ouvert, copiez le lien ci-dessous dans l&apos;un d&apos;eux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n second(s). If no browser opened, copy the link below into one.</source>
        <translation>
            <numerusform>Une page de connexion s&apos;est ouverte dans votre navigateur. Connectez-vous-y et autorisez l&apos;accès ; cette fenêtre se met à jour d&apos;elle-même et attend %n seconde au plus. Si aucun navigateur ne s&apos;est ouvert, copiez le lien ci-dessous dans l&apos;un d&apos;eux.</numerusform>
            <numerusform>Une page de connexion s&apos;est ouverte dans votre navigateur. Connectez-vous-y et autorisez l&apos;accès ; cette fenêtre se met à jour d&apos;elle-même et attend %n secondes au plus. Si aucun navigateur ne s&apos;est ouvert, copiez le lien ci-dessous dans l&apos;un d&apos;eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Lien de connexion</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour : %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>● Connected to %1</source>
        <translation>● Connecté à %1</translation>
    </message>
    <message>
        <source>○ Cannot reach %1</source>
        <translation>○ %1 injoignable</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Partner Desktop</source>
        <translation>Afficher Partner Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Still running in the tray: your followed polls are being checked.</source>
        <translation>Toujours actif dans la zone de notification : vos sondages suivis sont surveillés.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>The app keeps running. The details are in the log file.</source>
        <translation>L’application continue de fonctionner. Les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>WalletDialog</name>
    <message>
        <source>Loading your wallet…</source>
        <translation>Chargement de votre portefeuille…</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>Votre portefeuille</translation>
    </message>
    <message>
        <source>Fan token balances</source>
        <translation>Soldes de fan tokens</translation>
    </message>
    <message>
        <source>Fan token</source>
        <translation>Fan token</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Your wallet is empty: you hold no fan tokens.</source>
        <translation>Votre portefeuille est vide : vous ne détenez aucun fan token.</translation>
    </message>
    <message numerus="yes">
        <source>You hold %n kind(s) of fan token.</source>
        <translation>
            <numerusform>Vous détenez %n type de fan token.</numerusform>
            <numerusform>Vous détenez %n types de fan tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Loading your wallet…</source>
        <translation>Chargement de votre portefeuille…</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Petit</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grand</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
</context>
<context>
    <name>detail_placeholder</name>
    <message>
        <source>Select a poll to see its details.</source>
        <translation>Choisissez un sondage pour voir ses détails.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This poll is not open for votes any more.</source>
        <translation>Ce sondage n’accepte plus de votes.</translation>
    </message>
    <message>
        <source>You have already voted on this poll; a vote is final.</source>
        <translation>Vous avez déjà voté à ce sondage ; un vote est définitif.</translation>
    </message>
    <message>
        <source>That is more tokens than this poll allows or than you hold.</source>
        <translation>C’est plus de jetons que ce sondage n’en autorise ou que vous n’en détenez.</translation>
    </message>
    <message>
        <source>The vote was not accepted: the answer or the token count is invalid.</source>
        <translation>Le vote n’a pas été accepté : la réponse ou le nombre de jetons n’est pas valide.</translation>
    </message>
    <message>
        <source>This poll or answer no longer exists.</source>
        <translation>Ce sondage ou cette réponse n’existe plus.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation>Votre connexion a expiré ou a été révoquée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Please sign in to see your polls, votes and wallet.</source>
        <translation>Connectez-vous pour voir vos sondages, vos votes et votre portefeuille.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read.</source>
        <translation>Le serveur a envoyé une réponse illisible pour l’application.</translation>
    </message>
    <message>
        <source>the system keyring (Secret Service)</source>
        <translation>le trousseau du système (Secret Service)</translation>
    </message>
    <message>
        <source>the system keyring (libsecret)</source>
        <translation>le trousseau du système (libsecret)</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>le trousseau macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>le Gestionnaire d’identification Windows</translation>
    </message>
    <message>
        <source>the %1 keyring</source>
        <translation>le trousseau %1</translation>
    </message>
    <message>
        <source>Sign-in remembered in %1.</source>
        <translation>Connexion mémorisée dans %1.</translation>
    </message>
    <message>
        <source>Signed in for this session only: the server gave no refresh token to remember.</source>
        <translation>Connecté pour cette session seulement : le serveur n’a fourni aucun jeton d’actualisation à mémoriser.</translation>
    </message>
    <message>
        <source>The client id (consumer key) is empty.</source>
        <translation>L’identifiant client (clé consommateur) est vide.</translation>
    </message>
    <message>
        <source>The redirect port must be between 1024 and 65535.</source>
        <translation>Le port de redirection doit être compris entre 1024 et 65535.</translation>
    </message>
    <message>
        <source>The client-credentials client id has spaces around it.</source>
        <translation>L’identifiant du client d’identification est entouré d’espaces.</translation>
    </message>
    <message>
        <source>A profile name uses lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (at most 40).</source>
        <translation>Un nom de profil s’écrit en minuscules, chiffres, « - » et « _ » (40 au plus).</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program, so the sign-in cannot receive its answer. Close that program, or choose another redirect port in the profile settings.</source>
        <translation>Le port %1 est utilisé par un autre programme : la connexion ne peut pas recevoir sa réponse. Fermez ce programme, ou choisissez un autre port de redirection dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 did not answer within %2 seconds.</source>
        <translation>Le serveur de connexion %1 n&apos;a pas répondu dans les %2 secondes.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 cannot be reached.</source>
        <translation>Le serveur de connexion %1 est injoignable.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 is unavailable (HTTP %2).</source>
        <translation>Le serveur de connexion %1 est indisponible (HTTP %2).</translation>
    </message>
    <message>
        <source>The certificate of the sign-in server at %1 is not valid.</source>
        <translation>Le certificat du serveur de connexion %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Le serveur %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server at %1 is unavailable (HTTP %2).</source>
        <translation>Le serveur %1 est indisponible (HTTP %2).</translation>
    </message>
    <message>
        <source>The certificate of the server at %1 is not valid.</source>
        <translation>Le certificat du serveur %1 n’est pas valide.</translation>
    </message>
    <message>
        <source>The connection to the server at %1 broke off.</source>
        <translation>La connexion au serveur %1 a été interrompue.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached.</source>
        <translation>Le serveur %1 est injoignable.</translation>
    </message>
    <message>
        <source>This profile has no client secret, so public data cannot be requested. Add the consumer secret in Settings.</source>
        <translation>Ce profil n’a pas de secret client : les données publiques ne peuvent pas être demandées. Ajoutez le secret consommateur dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server does not allow this app to sign in this way.</source>
        <translation>Le serveur n’autorise pas cette application à se connecter de cette façon.</translation>
    </message>
    <message>
        <source>The server refused the requested permissions (scope).</source>
        <translation>Le serveur a refusé les autorisations demandées (scope).</translation>
    </message>
    <message>
        <source>The server does not support this kind of sign-in.</source>
        <translation>Le serveur ne prend pas en charge ce type de connexion.</translation>
    </message>
    <message>
        <source>The server rejected the sign-in request as malformed.</source>
        <translation>Le serveur a rejeté la demande de connexion comme mal formée.</translation>
    </message>
    <message>
        <source>The sign-in server gave an answer this app cannot use.</source>
        <translation>Le serveur de connexion a donné une réponse inutilisable pour cette application.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Choisissez d’abord un profil.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Aucun profil ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be read.</source>
        <translation>Le fichier de profil %1 est illisible.</translation>
    </message>
    <message>
        <source>The profile has no %1 setting.</source>
        <translation>Le profil n’a pas de paramètre %1.</translation>
    </message>
    <message>
        <source>The %1 setting of the profile has the wrong kind of value.</source>
        <translation>Le paramètre %1 du profil a une valeur du mauvais type.</translation>
    </message>
    <message>
        <source>Unknown profile setting: %1.</source>
        <translation>Paramètre de profil inconnu : %1.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// (http:// on this computer).</source>
        <translation>Saisissez une adresse web commençant par https:// (http:// sur cet ordinateur).</translation>
    </message>
    <message>
        <source>The address %1 must use https unless it is on this computer.</source>
        <translation>L’adresse %1 doit utiliser https, sauf si elle est sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Unknown tracking parameter: %1.</source>
        <translation>Paramètre de suivi inconnu : %1.</translation>
    </message>
    <message>
        <source>The client authentication method must be client_secret_basic, client_secret_post or none.</source>
        <translation>La méthode d’authentification du client doit être client_secret_basic, client_secret_post ou none.</translation>
    </message>
    <message>
        <source>The path for &apos;%1&apos; must start with &apos;/&apos;.</source>
        <translation>Le chemin de « %1 » doit commencer par « / ».</translation>
    </message>
    <message>
        <source>The path for &apos;%1&apos; uses a placeholder other than {polls_version}, {user_version}, {wallet_version} or {poll_id}.</source>
        <translation>Le chemin de « %1 » utilise un espace réservé autre que {polls_version}, {user_version}, {wallet_version} ou {poll_id}.</translation>
    </message>
    <message>
        <source>The authorize parameter name &apos;%1&apos; must be a letter followed by letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos; (at most 40).</source>
        <translation>Le nom du paramètre d’autorisation « %1 » doit être une lettre suivie de lettres, chiffres, « _ », « - » ou « . » (40 au plus).</translation>
    </message>
    <message>
        <source>The authorize parameter &apos;%1&apos; is set by the app itself and cannot be added.</source>
        <translation>Le paramètre d’autorisation « %1 » est défini par l’application elle-même et ne peut pas être ajouté.</translation>
    </message>
    <message>
        <source>The authorize parameter &apos;%1&apos; looks like a secret; secrets never go in the sign-in address.</source>
        <translation>Le paramètre d’autorisation « %1 » ressemble à un secret ; un secret ne va jamais dans l’adresse de connexion.</translation>
    </message>
    <message>
        <source>The value of the authorize parameter &apos;%1&apos; must be printable text of at most 200 characters.</source>
        <translation>La valeur du paramètre d’autorisation « %1 » doit être un texte imprimable de 200 caractères au plus.</translation>
    </message>
    <message>
        <source>The connection broke while your vote was being sent, and it is not known whether it counted. Check the poll, then try again: a repeated vote is never counted twice.</source>
        <translation>La connexion a été coupée pendant l’envoi de votre vote, et on ignore s’il a été compté. Vérifiez le sondage, puis réessayez : un vote répété n’est jamais compté deux fois.</translation>
    </message>
    <message>
        <source>The server is unavailable right now, so your vote was not counted. Try again in a moment: a repeated vote is never counted twice.</source>
        <translation>Le serveur est indisponible pour le moment, votre vote n&apos;a donc pas été compté. Réessayez dans un instant : un vote répété n&apos;est jamais compté deux fois.</translation>
    </message>
    <message>
        <source>The server could not be reached, so your vote was not sent and not counted. Try again when it is back.</source>
        <translation>Le serveur est injoignable, votre vote n&apos;a donc été ni envoyé ni compté. Réessayez quand il sera de retour.</translation>
    </message>
    <message>
        <source>The sign-in server is not answering, so the browser was not opened. Try again in a moment.</source>
        <translation>Le serveur de connexion ne répond pas, le navigateur n&apos;a donc pas été ouvert. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid, so nothing was sent to it. Check the server address in Settings, or try another network.</source>
        <translation>Le certificat du serveur n’est pas valide : rien ne lui a été envoyé. Vérifiez l’adresse du serveur dans les Paramètres, ou essayez un autre réseau.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your connection and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The vote was not accepted.</source>
        <translation>Le vote n’a pas été accepté.</translation>
    </message>
    <message>
        <source>This service is no longer available from the Partner API.</source>
        <translation>Ce service n’est plus disponible dans la Partner API.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Sign-in took too long: the browser never came back. Try again.</source>
        <translation>La connexion a pris trop de temps : le navigateur n’a jamais répondu. Réessayez.</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only.</source>
        <translation>Connexion conservée pour cette session seulement.</translation>
    </message>
    <message>
        <source>Access was not granted in the browser, so you are not signed in.</source>
        <translation>L’accès n’a pas été accordé dans le navigateur : vous n’êtes pas connecté.</translation>
    </message>
    <message>
        <source>The app could not listen for the browser&apos;s answer on this computer.</source>
        <translation>L’application n’a pas pu attendre la réponse du navigateur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server did not accept this app&apos;s client id or secret. Check them in Settings.</source>
        <translation>Le serveur n’a pas accepté l’identifiant client ou le secret de cette application. Vérifiez-les dans les Paramètres.</translation>
    </message>
    <message>
        <source>Signing in failed. Please try again.</source>
        <translation>La connexion a échoué. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The server is busy right now. Wait a moment, then try again.</source>
        <translation>Le serveur est occupé. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The server had a problem answering. Try again in a moment.</source>
        <translation>Le serveur a eu un problème pour répondre. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read (field %1).</source>
        <translation>Le serveur a envoyé une réponse illisible pour l’application (champ %1).</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la demande.</translation>
    </message>
    <message>
        <source>The system keyring is not available; sign-in lasts for this session only.</source>
        <translation>Le trousseau du système n’est pas disponible ; la connexion ne vaut que pour cette session.</translation>
    </message>
    <message>
        <source>The system keyring could not be used.</source>
        <translation>Le trousseau du système n’a pas pu être utilisé.</translation>
    </message>
    <message>
        <source>The settings of this profile are incomplete.</source>
        <translation>Les paramètres de ce profil sont incomplets.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Une erreur inattendue s’est produite. Les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Results out</source>
        <translation>Résultats publiés</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <translation>Se termine dans %1</translation>
    </message>
    <message>
        <source>Closes %1</source>
        <translation>Se termine le %1</translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation>S’ouvre dans %1</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>S’ouvre le %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
</TS>
