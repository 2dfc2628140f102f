<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccountBar</name>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Ambiente: %1</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Atualizar (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>Configurações de notificações</translation>
    </message>
    <message>
        <source>Desktop notifications about the polls you follow</source>
        <translation>Notificações na área de trabalho sobre as enquetes que você segue</translation>
    </message>
    <message>
        <source>Notify me about the polls I follow</source>
        <translation>Avisar-me sobre as enquetes que sigo</translation>
    </message>
    <message>
        <source>Close to the system tray</source>
        <translation>Fechar para a bandeja do sistema</translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation>Esta área de trabalho não tem bandeja do sistema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>About Partner Desktop</source>
        <translation>Sobre o Partner Desktop</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Carteira</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>Sua carteira</translation>
    </message>
    <message>
        <source>Your balance of each fan token</source>
        <translation>Seu saldo de cada fan token</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Conta conectada</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Enter the client id in Settings before signing in.</source>
        <translation>Informe o ID do cliente nas Configurações antes de entrar.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search polls  (Ctrl+F)</source>
        <translation>Buscar enquetes  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search polls</source>
        <translation>Buscar enquetes</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Limpar busca</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>Filtrar por parceiro</translation>
    </message>
    <message>
        <source>Sort polls</source>
        <translation>Ordenar enquetes</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Situação</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Parceiro</translation>
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation>&amp;Ordenar</translation>
    </message>
    <message>
        <source>Order of the lists (Ctrl+Shift+S)</source>
        <translation>Ordem das listas (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Encerram em breve</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Mais recentes</translation>
    </message>
    <message>
        <source>Most tokens cast</source>
        <translation>Mais tokens usados</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About Partner Desktop</source>
        <translation>Sobre o Partner Desktop</translation>
    </message>
    <message>
        <source>Vote on the polls of the clubs whose fan tokens you hold.</source>
        <translation>Vote nas enquetes dos clubes dos quais você tem fan tokens.</translation>
    </message>
    <message>
        <source>Connected to %1: %2</source>
        <translation>Conectado a %1: %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
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
        <translation>Ctrl+F  Buscar enquetes
Ctrl+1 / Ctrl+2  Todas as enquetes / Minhas enquetes
Ctrl+Shift+S  Ordenar as listas
Enter  Abrir a enquete escolhida
Tab, setas  Mover entre as respostas e escolher
Ctrl+Enter  Votar
Ctrl+D  Seguir a enquete
Esc  Voltar à visão geral
F5  Atualizar
Ctrl+Q  Sair</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Carregando</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Your vote was recorded.</source>
        <translation>Seu voto foi registrado.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Você saiu.</translation>
    </message>
    <message numerus="yes">
        <source>Following %n poll(s).</source>
        <translation>
            <numerusform>Seguindo %n enquete.</numerusform>
            <numerusform>Seguindo %n enquetes.</numerusform>
        </translation>
    </message>
    <message>
        <source>You follow no poll.</source>
        <translation>Você não segue nenhuma enquete.</translation>
    </message>
</context>
<context>
    <name>NoticeWords</name>
    <message>
        <source>A poll you follow is open</source>
        <translation>Uma enquete que você segue foi aberta</translation>
    </message>
    <message>
        <source>Vote before it closes.</source>
        <translation>Vote antes que ela encerre.</translation>
    </message>
    <message>
        <source>A poll you follow closes soon</source>
        <translation>Uma enquete que você segue encerra em breve</translation>
    </message>
    <message numerus="yes">
        <source>It closes in %n minute(s) and you have not voted.</source>
        <translation>
            <numerusform>Ela encerra em %n minuto e você ainda não votou.</numerusform>
            <numerusform>Ela encerra em %n minutos e você ainda não votou.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results are out</source>
        <translation>Os resultados saíram</translation>
    </message>
    <message>
        <source>See how the fans voted.</source>
        <translation>Veja como a torcida votou.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Open polls</source>
        <translation>Enquetes abertas</translation>
    </message>
    <message>
        <source>Next poll to close</source>
        <translation>Próxima enquete a encerrar</translation>
    </message>
    <message>
        <source>Open polls you have not voted on</source>
        <translation>Enquetes abertas em que você não votou</translation>
    </message>
    <message>
        <source>Sign in to see your polls and tokens</source>
        <translation>Entre para ver suas enquetes e tokens</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;sign-in&quot; style=&quot;text-decoration: none&quot;&gt;Sign in&lt;/a&gt; to see the open polls you can still vote on, and your fan tokens.</source>
        <translation>&lt;a href=&quot;sign-in&quot; style=&quot;text-decoration: none&quot;&gt;Entre&lt;/a&gt; para ver as enquetes abertas em que você ainda pode votar e seus fan tokens.</translation>
    </message>
    <message>
        <source>Your fan tokens</source>
        <translation>Seus fan tokens</translation>
    </message>
    <message>
        <source>Select a poll in the list to see its details and vote.</source>
        <translation>Selecione uma enquete na lista para ver os detalhes e votar.</translation>
    </message>
    <message>
        <source>Opens the poll: %1</source>
        <translation>Abre a enquete: %1</translation>
    </message>
    <message>
        <source>Loading the open polls…</source>
        <translation>Carregando as enquetes abertas…</translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s) open now</source>
        <translation>
            <numerusform>%n enquete aberta agora</numerusform>
            <numerusform>%n enquetes abertas agora</numerusform>
        </translation>
    </message>
    <message>
        <source>You have voted on every open poll</source>
        <translation>Você votou em todas as enquetes abertas</translation>
    </message>
    <message numerus="yes">
        <source>%n open poll(s) you have not voted on yet</source>
        <translation>
            <numerusform>%n enquete aberta em que você ainda não votou</numerusform>
            <numerusform>%n enquetes abertas em que você ainda não votou</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>Tokens de %1</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 de %2 — %3</translation>
    </message>
    <message>
        <source>Closed just now: %1</source>
        <translation>Acabou de encerrar: %1</translation>
    </message>
    <message>
        <source>Closes in %1: %2</source>
        <translation>Encerra em %1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerFilterModel</name>
    <message>
        <source>All partners</source>
        <translation>Todos os parceiros</translation>
    </message>
</context>
<context>
    <name>PollDelegate</name>
    <message>
        <source>✓ You voted (%1)</source>
        <translation>✓ Você votou (%1)</translation>
    </message>
    <message>
        <source>Quorum reached</source>
        <translation>Quórum atingido</translation>
    </message>
    <message>
        <source>Quorum %1 of %2</source>
        <translation>Quórum: %1 de %2</translation>
    </message>
    <message>
        <source>%1 tokens cast · no quorum</source>
        <translation>%1 tokens usados · sem quórum</translation>
    </message>
</context>
<context>
    <name>PollDetail</name>
    <message>
        <source>This poll is not open yet, so it cannot be voted on.</source>
        <translation>Esta enquete ainda não está aberta, então não é possível votar.</translation>
    </message>
    <message>
        <source>This poll is closed, so it cannot be voted on any more.</source>
        <translation>Esta enquete está encerrada, então não é mais possível votar.</translation>
    </message>
    <message>
        <source>This poll is over and its results are out, so it cannot be voted on.</source>
        <translation>Esta enquete terminou e os resultados já saíram, então não é possível votar.</translation>
    </message>
    <message>
        <source>This poll was cancelled, so it cannot be voted on.</source>
        <translation>Esta enquete foi cancelada, então não é possível votar.</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>uma resposta</translation>
    </message>
    <message>
        <source>You voted “%1” with %2 on %3.</source>
        <translation>Você votou em “%1” com %2 em %3.</translation>
    </message>
    <message>
        <source>You voted “%1” with %2.</source>
        <translation>Você votou em “%1” com %2.</translation>
    </message>
    <message>
        <source>None: the poll was cancelled</source>
        <translation>Nenhum: a enquete foi cancelada</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Divulgados em %1</translation>
    </message>
    <message>
        <source>Shown below</source>
        <translation>Exibidos abaixo</translation>
    </message>
    <message>
        <source>Shown once you vote or when the poll closes (published %1)</source>
        <translation>Exibidos depois que você votar ou quando a enquete encerrar (divulgação: %1)</translation>
    </message>
    <message>
        <source>Shown once you vote or when the poll closes</source>
        <translation>Exibidos depois que você votar ou quando a enquete encerrar</translation>
    </message>
    <message>
        <source>You can vote with 1 to %1 tokens (this poll&apos;s limit).</source>
        <translation>Você pode votar com 1 a %1 tokens (o limite desta enquete).</translation>
    </message>
    <message>
        <source>You can vote with 1 to %1 tokens (all you hold).</source>
        <translation>Você pode votar com 1 a %1 tokens (todos os que você tem).</translation>
    </message>
    <message>
        <source>Follow this poll</source>
        <translation>Seguir esta enquete</translation>
    </message>
    <message>
        <source>Follow (Ctrl+D): be told when this poll opens, an hour before it closes if you have not voted, and when its results are out</source>
        <translation>Seguir (Ctrl+D): receba um aviso quando esta enquete abrir, uma hora antes de encerrar se você não tiver votado e quando os resultados saírem</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Back to the overview</source>
        <translation>Voltar à visão geral</translation>
    </message>
    <message>
        <source>Back to the overview (Esc)</source>
        <translation>Voltar à visão geral (Esc)</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation>Logotipo de %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending your vote… (at most %n second(s))</source>
        <translation>
            <numerusform>Enviando seu voto… (no máximo %n segundo)</numerusform>
            <numerusform>Enviando seu voto… (no máximo %n segundos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote on this %1 poll</source>
        <translation>Votar nesta enquete de %1</translation>
    </message>
    <message>
        <source>Your tokens are not spent: they stay in your wallet. Votes are final: you cannot change or withdraw this vote.</source>
        <translation>Seus tokens não são gastos: eles ficam na sua carteira. Os votos são definitivos: você não poderá mudar nem retirar este voto.</translation>
    </message>
    <message>
        <source>Vote %1</source>
        <translation>Votar com %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation>Abertura:</translation>
    </message>
    <message>
        <source>This poll is “%1”, so it cannot be voted on.</source>
        <translation>Esta enquete está com o status “%1”, então não é possível votar nela.</translation>
    </message>
    <message>
        <source>Closes:</source>
        <translation>Encerramento:</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Resultados:</translation>
    </message>
    <message>
        <source>Binding:</source>
        <translation>Vinculante:</translation>
    </message>
    <message>
        <source>Quorum:</source>
        <translation>Quórum:</translation>
    </message>
    <message>
        <source>Tokens cast:</source>
        <translation>Tokens usados:</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Quantidade de tokens:</translation>
    </message>
    <message>
        <source>Number of tokens to vote with</source>
        <translation>Número de tokens para votar</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Vote with as many tokens as allowed</source>
        <translation>Votar com o máximo de tokens permitido</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Load this poll again</source>
        <translation>Carregar esta enquete de novo</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>★ Following</source>
        <translation>★ Seguindo</translation>
    </message>
    <message>
        <source>☆ Follow</source>
        <translation>☆ Seguir</translation>
    </message>
    <message>
        <source>You follow this poll</source>
        <translation>Você segue esta enquete</translation>
    </message>
    <message>
        <source>You do not follow this poll</source>
        <translation>Você não segue esta enquete</translation>
    </message>
    <message>
        <source>Yes — the partner commits to the winning answer</source>
        <translation>Sim — o parceiro se compromete com a resposta vencedora</translation>
    </message>
    <message>
        <source>No — an opinion poll</source>
        <translation>Não — uma pesquisa de opinião</translation>
    </message>
    <message>
        <source>Does not apply: the poll was cancelled</source>
        <translation>Não se aplica: a enquete foi cancelada</translation>
    </message>
    <message>
        <source>%1 of %2 needed, reached</source>
        <translation>%1 de %2 necessário, atingido</translation>
    </message>
    <message>
        <source>%1 of %2 needed, not reached yet</source>
        <translation>%1 de %2 necessário, ainda não atingido</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Sem quórum</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atingido</translation>
    </message>
    <message>
        <source>%1 (at most %2 per person)</source>
        <translation>%1 (no máximo %2 por pessoa)</translation>
    </message>
    <message>
        <source>✓ your vote</source>
        <translation>✓ seu voto</translation>
    </message>
    <message>
        <source>★ winning answer</source>
        <translation>★ resposta vencedora</translation>
    </message>
    <message>
        <source>Select a poll first.</source>
        <translation>Selecione uma enquete primeiro.</translation>
    </message>
    <message>
        <source>Checking your tokens…</source>
        <translation>Verificando seus tokens…</translation>
    </message>
    <message>
        <source>You hold no %1 fan tokens, so you cannot vote on this poll.</source>
        <translation>Você não tem fan tokens de %1, então não pode votar nesta enquete.</translation>
    </message>
    <message>
        <source>You hold %1 of %2.</source>
        <translation>Você tem %1 de %2.</translation>
    </message>
    <message>
        <source>Sign in to see your tokens.</source>
        <translation>Entre para ver seus tokens.</translation>
    </message>
    <message>
        <source>Sign in to vote</source>
        <translation>Entre para votar</translation>
    </message>
    <message>
        <source>Voting…</source>
        <translation>Votando…</translation>
    </message>
    <message>
        <source>Choose an answer and how many tokens to vote with.</source>
        <translation>Escolha uma resposta e quantos tokens usar no voto.</translation>
    </message>
    <message>
        <source>Vote “%1” with %2?</source>
        <translation>Votar em “%1” com %2?</translation>
    </message>
</context>
<context>
    <name>PollListPage</name>
    <message>
        <source>All polls</source>
        <translation>Todas as enquetes</translation>
    </message>
    <message>
        <source>My polls</source>
        <translation>Minhas enquetes</translation>
    </message>
    <message>
        <source>Loading polls…</source>
        <translation>Carregando enquetes…</translation>
    </message>
    <message>
        <source>Sign in to see the polls you can vote on, with your votes.</source>
        <translation>Entre para ver as enquetes em que você pode votar, com seus votos.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>No poll matches these filters.
Try another search or status.</source>
        <translation>Nenhuma enquete corresponde a estes filtros.
Tente outra busca ou outro status.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Limpar busca e filtros</translation>
    </message>
    <message>
        <source>No polls yet.</source>
        <translation>Ainda não há enquetes.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>★ Unfollow</source>
        <translation>★ Deixar de seguir</translation>
    </message>
    <message>
        <source>☆ Follow</source>
        <translation>☆ Seguir</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Automatic (HTTP Basic, or what the server publishes)</source>
        <translation>Automática (HTTP Basic ou o que o servidor publicar)</translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>Autenticação HTTP básica (client_secret_basic)</translation>
    </message>
    <message>
        <source>In the form body (client_secret_post)</source>
        <translation>No corpo do formulário (client_secret_post)</translation>
    </message>
    <message>
        <source>None: a public client without secret</source>
        <translation>Nenhuma: um cliente público sem segredo</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base da API</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL de autorização</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL de tokens</translation>
    </message>
    <message>
        <source>Revoke URL</source>
        <translation>URL de revogação</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Exibido como:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>ID do cliente:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Segredo do cliente:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Escopo:</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Autenticação do cliente:</translation>
    </message>
    <message>
        <source>Public-data client id:</source>
        <translation>ID do cliente de dados públicos:</translation>
    </message>
    <message>
        <source>Public-data secret:</source>
        <translation>Segredo de dados públicos:</translation>
    </message>
    <message>
        <source>Partner tag:</source>
        <translation>Etiqueta de parceiro:</translation>
    </message>
    <message>
        <source>Redirect port:</source>
        <translation>Porta de redirecionamento:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Notify me about the polls I follow</source>
        <translation>Avisar-me sobre as enquetes que sigo</translation>
    </message>
    <message>
        <source>Close to the system tray</source>
        <translation>Fechar para a bandeja do sistema</translation>
    </message>
    <message>
        <source>The app keeps checking the polls you follow from there.</source>
        <translation>De lá, o aplicativo continua verificando as enquetes que você segue.</translation>
    </message>
    <message>
        <source>The service this app talks to and the client it signs in as. The sandbox needs nothing here.</source>
        <translation>O serviço com que este aplicativo fala e o cliente com que ele entra. O sandbox não precisa de nada aqui.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Novo perfil…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Client (from the developer portal)</source>
        <translation>Cliente (do portal de desenvolvedores)</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Guardado no chaveiro do sistema; deixe vazio para mantê-lo</translation>
    </message>
    <message>
        <source>The server&apos;s default</source>
        <translation>O padrão do servidor</translation>
    </message>
    <message>
        <source>The client id above</source>
        <translation>O ID do cliente acima</translation>
    </message>
    <message>
        <source>For a separate public-data client; stored in the system keyring</source>
        <translation>Para um cliente de dados públicos separado; guardado no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Chosen automatically</source>
        <translation>Escolhida automaticamente</translation>
    </message>
    <message>
        <source>Pinned redirect port</source>
        <translation>Porta de redirecionamento fixa</translation>
    </message>
    <message>
        <source>Conversion tracking (optional)</source>
        <translation>Rastreamento de conversões (opcional)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save and use</source>
        <translation>Salvar e usar</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Tamanho do te&amp;xto:</translation>
    </message>
    <message>
        <source>The sandbox built into the app runs here; it picks a free port when it starts.</source>
        <translation>O sandbox integrado ao aplicativo roda aqui; ele escolhe uma porta livre ao iniciar.</translation>
    </message>
    <message>
        <source>Give the new profile a name, then its URLs and client id.</source>
        <translation>Dê um nome ao novo perfil e depois informe as URLs e o ID do cliente.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Partner Desktop</source>
        <translation>Boas-vindas ao Partner Desktop</translation>
    </message>
    <message>
        <source>The profile “%1” has no client id yet. Enter the consumer key from your partner developer portal in the settings — or try everything right now on the built-in sandbox, with test accounts and no network.</source>
        <translation>O perfil “%1” ainda não tem ID de cliente. Informe a chave de consumidor do seu portal de desenvolvedores de parceiros nas configurações — ou experimente tudo agora mesmo no sandbox integrado, com contas de teste e sem rede.</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Usar o sandbox</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir configurações</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Continue no seu navegador</translation>
    </message>
    <message>
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself. If no browser opened, copy the link below into one.</source>
        <translation>Uma página de login foi aberta no seu navegador. Entre por lá e permita o acesso; esta janela se atualiza sozinha. Se nenhum navegador abriu, copie o link abaixo em um.</translation>
    </message>
    <message numerus="yes">
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n minute(s). If no browser opened, copy the link below into one.</source>
        <translation>
            <numerusform>Uma página de login foi aberta no seu navegador. Entre nela e permita o acesso; esta janela se atualiza sozinha e espera no máximo %n minuto. Se nenhum navegador abriu, copie o link abaixo em um.</numerusform>
            <numerusform>Uma página de login foi aberta no seu navegador. Entre nela e permita o acesso; esta janela se atualiza sozinha e espera no máximo %n minutos. Se nenhum navegador abriu, copie o link abaixo em um.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n second(s). If no browser opened, copy the link below into one.</source>
        <translation>
            <numerusform>Uma página de login foi aberta no seu navegador. Entre nela e permita o acesso; esta janela se atualiza sozinha e espera no máximo %n segundo. Se nenhum navegador abriu, copie o link abaixo em um.</numerusform>
            <numerusform>Uma página de login foi aberta no seu navegador. Entre nela e permita o acesso; esta janela se atualiza sozinha e espera no máximo %n segundos. Se nenhum navegador abriu, copie o link abaixo em um.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Link de login</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Abrir de novo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Updated %1</source>
        <translation>Atualizado: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>● Connected to %1</source>
        <translation>● Conectado a %1</translation>
    </message>
    <message>
        <source>○ Cannot reach %1</source>
        <translation>○ Não foi possível acessar %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Partner Desktop</source>
        <translation>Mostrar o Partner Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Still running in the tray: your followed polls are being checked.</source>
        <translation>Ainda em execução na bandeja: as enquetes que você segue estão sendo verificadas.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>The app keeps running. The details are in the log file.</source>
        <translation>O aplicativo continua funcionando. Os detalhes estão no arquivo de log.</translation>
    </message>
</context>
<context>
    <name>WalletDialog</name>
    <message>
        <source>Loading your wallet…</source>
        <translation>Carregando sua carteira…</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>Sua carteira</translation>
    </message>
    <message>
        <source>Fan token balances</source>
        <translation>Saldos de fan tokens</translation>
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
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Your wallet is empty: you hold no fan tokens.</source>
        <translation>Sua carteira está vazia: você não tem fan tokens.</translation>
    </message>
    <message numerus="yes">
        <source>You hold %n kind(s) of fan token.</source>
        <translation>
            <numerusform>Você tem %n tipo de fan token.</numerusform>
            <numerusform>Você tem %n tipos de fan token.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Loading your wallet…</source>
        <translation>Carregando sua carteira…</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeno</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Maior</translation>
    </message>
</context>
<context>
    <name>detail_placeholder</name>
    <message>
        <source>Select a poll to see its details.</source>
        <translation>Selecione uma enquete para ver os detalhes.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This poll is not open for votes any more.</source>
        <translation>Esta enquete não aceita mais votos.</translation>
    </message>
    <message>
        <source>You have already voted on this poll; a vote is final.</source>
        <translation>Você já votou nesta enquete; o voto é definitivo.</translation>
    </message>
    <message>
        <source>That is more tokens than this poll allows or than you hold.</source>
        <translation>São mais tokens do que esta enquete permite ou do que você tem.</translation>
    </message>
    <message>
        <source>The vote was not accepted: the answer or the token count is invalid.</source>
        <translation>O voto não foi aceito: a resposta ou a quantidade de tokens é inválida.</translation>
    </message>
    <message>
        <source>This poll or answer no longer exists.</source>
        <translation>Esta enquete ou resposta não existe mais.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation>Seu login expirou ou foi revogado. Entre de novo.</translation>
    </message>
    <message>
        <source>Please sign in to see your polls, votes and wallet.</source>
        <translation>Entre para ver suas enquetes, seus votos e sua carteira.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read.</source>
        <translation>O servidor enviou uma resposta que o aplicativo não consegue ler.</translation>
    </message>
    <message>
        <source>the system keyring (Secret Service)</source>
        <translation>chaveiro do sistema (Secret Service)</translation>
    </message>
    <message>
        <source>the system keyring (libsecret)</source>
        <translation>chaveiro do sistema (libsecret)</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>Keychain do macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gerenciador de Credenciais do Windows</translation>
    </message>
    <message>
        <source>the %1 keyring</source>
        <translation>chaveiro %1</translation>
    </message>
    <message>
        <source>Sign-in remembered in %1.</source>
        <translation>Login lembrado: %1.</translation>
    </message>
    <message>
        <source>Signed in for this session only: the server gave no refresh token to remember.</source>
        <translation>Login válido só nesta sessão: o servidor não enviou um token de atualização para lembrar.</translation>
    </message>
    <message>
        <source>The client id (consumer key) is empty.</source>
        <translation>O ID do cliente (chave de consumidor) está vazio.</translation>
    </message>
    <message>
        <source>The redirect port must be between 1024 and 65535.</source>
        <translation>A porta de redirecionamento deve estar entre 1024 e 65535.</translation>
    </message>
    <message>
        <source>The client-credentials client id has spaces around it.</source>
        <translation>O ID do cliente de credenciais tem espaços em volta.</translation>
    </message>
    <message>
        <source>A profile name uses lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (at most 40).</source>
        <translation>Um nome de perfil usa letras minúsculas, dígitos, “-” e “_” (no máximo 40).</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program, so the sign-in cannot receive its answer. Close that program, or choose another redirect port in the profile settings.</source>
        <translation>A porta %1 está em uso por outro programa, então o login não pode receber a resposta. Feche esse programa ou escolha outra porta de redirecionamento nas configurações do perfil.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 did not answer within %2 seconds.</source>
        <translation>O servidor de login em %1 não respondeu em %2 segundos.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 cannot be reached.</source>
        <translation>Não é possível acessar o servidor de login em %1.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 is unavailable (HTTP %2).</source>
        <translation>O servidor de login em %1 está indisponível (HTTP %2).</translation>
    </message>
    <message>
        <source>The certificate of the sign-in server at %1 is not valid.</source>
        <translation>O certificado do servidor de login em %1 não é válido.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>O servidor em %1 não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The server at %1 is unavailable (HTTP %2).</source>
        <translation>O servidor em %1 está indisponível (HTTP %2).</translation>
    </message>
    <message>
        <source>The certificate of the server at %1 is not valid.</source>
        <translation>O certificado do servidor em %1 não é válido.</translation>
    </message>
    <message>
        <source>The connection to the server at %1 broke off.</source>
        <translation>A conexão com o servidor em %1 caiu.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached.</source>
        <translation>Não é possível acessar o servidor em %1.</translation>
    </message>
    <message>
        <source>This profile has no client secret, so public data cannot be requested. Add the consumer secret in Settings.</source>
        <translation>Este perfil não tem segredo do cliente, então os dados públicos não podem ser pedidos. Adicione o segredo do consumidor nas Configurações.</translation>
    </message>
    <message>
        <source>The server does not allow this app to sign in this way.</source>
        <translation>O servidor não permite que este aplicativo faça login desta forma.</translation>
    </message>
    <message>
        <source>The server refused the requested permissions (scope).</source>
        <translation>O servidor recusou as permissões solicitadas (scope).</translation>
    </message>
    <message>
        <source>The server does not support this kind of sign-in.</source>
        <translation>O servidor não aceita este tipo de login.</translation>
    </message>
    <message>
        <source>The server rejected the sign-in request as malformed.</source>
        <translation>O servidor rejeitou a solicitação de login por estar malformada.</translation>
    </message>
    <message>
        <source>The sign-in server gave an answer this app cannot use.</source>
        <translation>O servidor de login deu uma resposta que este aplicativo não consegue usar.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Escolha um perfil primeiro.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Não há nenhum perfil chamado “%1”.</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be read.</source>
        <translation>Não é possível ler o arquivo de perfil %1.</translation>
    </message>
    <message>
        <source>The profile has no %1 setting.</source>
        <translation>O perfil não tem a configuração %1.</translation>
    </message>
    <message>
        <source>The %1 setting of the profile has the wrong kind of value.</source>
        <translation>A configuração %1 do perfil tem um tipo de valor errado.</translation>
    </message>
    <message>
        <source>Unknown profile setting: %1.</source>
        <translation>Configuração de perfil desconhecida: %1.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// (http:// on this computer).</source>
        <translation>Digite um endereço web que comece com https:// (http:// neste computador).</translation>
    </message>
    <message>
        <source>The address %1 must use https unless it is on this computer.</source>
        <translation>O endereço %1 deve usar https, a menos que esteja neste computador.</translation>
    </message>
    <message>
        <source>Unknown tracking parameter: %1.</source>
        <translation>Parâmetro de rastreamento desconhecido: %1.</translation>
    </message>
    <message>
        <source>The client authentication method must be client_secret_basic, client_secret_post or none.</source>
        <translation>O método de autenticação do cliente deve ser client_secret_basic, client_secret_post ou none.</translation>
    </message>
    <message>
        <source>The path for &apos;%1&apos; must start with &apos;/&apos;.</source>
        <translation>O caminho de “%1” deve começar com “/”.</translation>
    </message>
    <message>
        <source>The path for &apos;%1&apos; uses a placeholder other than {polls_version}, {user_version}, {wallet_version} or {poll_id}.</source>
        <translation>O caminho de “%1” usa um marcador diferente de {polls_version}, {user_version}, {wallet_version} ou {poll_id}.</translation>
    </message>
    <message>
        <source>The authorize parameter name &apos;%1&apos; must be a letter followed by letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos; (at most 40).</source>
        <translation>O nome do parâmetro de autorização “%1” deve ser uma letra seguida de letras, dígitos, “_”, “-” ou “.” (no máximo 40).</translation>
    </message>
    <message>
        <source>The authorize parameter &apos;%1&apos; is set by the app itself and cannot be added.</source>
        <translation>O parâmetro de autorização “%1” é definido pelo próprio aplicativo e não pode ser adicionado.</translation>
    </message>
    <message>
        <source>The authorize parameter &apos;%1&apos; looks like a secret; secrets never go in the sign-in address.</source>
        <translation>O parâmetro de autorização “%1” parece um segredo; segredos nunca vão no endereço de login.</translation>
    </message>
    <message>
        <source>The value of the authorize parameter &apos;%1&apos; must be printable text of at most 200 characters.</source>
        <translation>O valor do parâmetro de autorização “%1” deve ser texto imprimível de no máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The connection broke while your vote was being sent, and it is not known whether it counted. Check the poll, then try again: a repeated vote is never counted twice.</source>
        <translation>A conexão caiu enquanto seu voto era enviado e não se sabe se ele foi contado. Confira a enquete e tente de novo: um voto repetido nunca é contado duas vezes.</translation>
    </message>
    <message>
        <source>The server is unavailable right now, so your vote was not counted. Try again in a moment: a repeated vote is never counted twice.</source>
        <translation>O servidor está indisponível no momento, então seu voto não foi contado. Tente de novo daqui a pouco: um voto repetido nunca é contado duas vezes.</translation>
    </message>
    <message>
        <source>The server could not be reached, so your vote was not sent and not counted. Try again when it is back.</source>
        <translation>Não foi possível acessar o servidor, então seu voto não foi enviado nem contado. Tente de novo quando ele voltar.</translation>
    </message>
    <message>
        <source>The sign-in server is not answering, so the browser was not opened. Try again in a moment.</source>
        <translation>O servidor de login não está respondendo, então o navegador não foi aberto. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid, so nothing was sent to it. Check the server address in Settings, or try another network.</source>
        <translation>O certificado do servidor não é válido, então nada foi enviado a ele. Confira o endereço do servidor nas Configurações ou tente outra rede.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your connection and try again.</source>
        <translation>Não foi possível acessar o servidor. Verifique sua conexão e tente de novo.</translation>
    </message>
    <message>
        <source>The vote was not accepted.</source>
        <translation>O voto não foi aceito.</translation>
    </message>
    <message>
        <source>This service is no longer available from the Partner API.</source>
        <translation>Este serviço não está mais disponível na Partner API.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
    <message>
        <source>Sign-in took too long: the browser never came back. Try again.</source>
        <translation>O login demorou demais: o navegador não respondeu. Tente de novo.</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only.</source>
        <translation>Login mantido apenas nesta sessão.</translation>
    </message>
    <message>
        <source>Access was not granted in the browser, so you are not signed in.</source>
        <translation>O acesso não foi concedido no navegador, então você não entrou.</translation>
    </message>
    <message>
        <source>The app could not listen for the browser&apos;s answer on this computer.</source>
        <translation>O aplicativo não conseguiu aguardar a resposta do navegador neste computador.</translation>
    </message>
    <message>
        <source>The server did not accept this app&apos;s client id or secret. Check them in Settings.</source>
        <translation>O servidor não aceitou o ID do cliente ou o segredo deste aplicativo. Confira-os nas Configurações.</translation>
    </message>
    <message>
        <source>Signing in failed. Please try again.</source>
        <translation>Não foi possível entrar. Tente de novo.</translation>
    </message>
    <message>
        <source>The server is busy right now. Wait a moment, then try again.</source>
        <translation>O servidor está ocupado agora. Aguarde um momento e tente de novo.</translation>
    </message>
    <message>
        <source>The server had a problem answering. Try again in a moment.</source>
        <translation>O servidor teve um problema ao responder. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read (field %1).</source>
        <translation>O servidor enviou uma resposta que o aplicativo não consegue ler (campo %1).</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>O servidor recusou a solicitação.</translation>
    </message>
    <message>
        <source>The system keyring is not available; sign-in lasts for this session only.</source>
        <translation>O chaveiro do sistema não está disponível; o login vale só nesta sessão.</translation>
    </message>
    <message>
        <source>The system keyring could not be used.</source>
        <translation>Não foi possível usar o chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The settings of this profile are incomplete.</source>
        <translation>As configurações deste perfil estão incompletas.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo deu errado.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Ocorreu um erro inesperado. Os detalhes estão no arquivo de log.</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Em breve</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Results out</source>
        <translation>Resultados saíram</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
        <translation>Encerra em %1</translation>
    </message>
    <message>
        <source>Closes %1</source>
        <translation>Encerra em %1</translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation>Abre em %1</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Abre em %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Encerrou em %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
</TS>
