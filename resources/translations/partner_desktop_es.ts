<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountBar</name>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Entorno: %1</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualizar (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>Ajustes de notificaciones</translation>
    </message>
    <message>
        <source>Desktop notifications about the polls you follow</source>
        <translation>Notificaciones de escritorio sobre las encuestas que sigues</translation>
    </message>
    <message>
        <source>Notify me about the polls I follow</source>
        <translation>Avisarme de las encuestas que sigo</translation>
    </message>
    <message>
        <source>Close to the system tray</source>
        <translation>Cerrar a la bandeja del sistema</translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation>Este escritorio no tiene bandeja del sistema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Partner Desktop</source>
        <translation>Acerca de Partner Desktop</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>Tu cartera</translation>
    </message>
    <message>
        <source>Your balance of each fan token</source>
        <translation>Tu saldo de cada fan token</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Cuenta con sesión iniciada</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Enter the client id in Settings before signing in.</source>
        <translation>Introduce el ID de cliente en Ajustes antes de iniciar sesión.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
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
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search polls  (Ctrl+F)</source>
        <translation>Buscar encuestas  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search polls</source>
        <translation>Buscar encuestas</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>Filtrar por club</translation>
    </message>
    <message>
        <source>Sort polls</source>
        <translation>Ordenar encuestas</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Club</translation>
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation>&amp;Ordenar</translation>
    </message>
    <message>
        <source>Order of the lists (Ctrl+Shift+S)</source>
        <translation>Orden de las listas (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Cierran pronto</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>Most tokens cast</source>
        <translation>Más tokens emitidos</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About Partner Desktop</source>
        <translation>Acerca de Partner Desktop</translation>
    </message>
    <message>
        <source>Vote on the polls of the clubs whose fan tokens you hold.</source>
        <translation>Vota en las encuestas de los clubes de los que tienes fan tokens.</translation>
    </message>
    <message>
        <source>Connected to %1: %2</source>
        <translation>Conectado a %1: %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
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
        <translation>Ctrl+F  Buscar encuestas
Ctrl+1 / Ctrl+2  Todas las encuestas / Mis encuestas
Ctrl+Mayús+S  Ordenar las listas
Intro  Abrir la encuesta elegida
Tab, flechas  Moverse entre las respuestas y elegir
Ctrl+Intro  Votar
Ctrl+D  Seguir la encuesta
Esc  Volver al resumen
F5  Actualizar
Ctrl+Q  Salir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your vote was recorded.</source>
        <translation>Tu voto se ha registrado.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message numerus="yes">
        <source>Following %n poll(s).</source>
        <translation>
            <numerusform>Sigues %n encuesta.</numerusform>
            <numerusform>Sigues %n encuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>You follow no poll.</source>
        <translation>No sigues ninguna encuesta.</translation>
    </message>
</context>
<context>
    <name>NoticeWords</name>
    <message>
        <source>A poll you follow is open</source>
        <translation>Se ha abierto una encuesta que sigues</translation>
    </message>
    <message>
        <source>Vote before it closes.</source>
        <translation>Vota antes de que cierre.</translation>
    </message>
    <message>
        <source>A poll you follow closes soon</source>
        <translation>Una encuesta que sigues cierra pronto</translation>
    </message>
    <message numerus="yes">
        <source>It closes in %n minute(s) and you have not voted.</source>
        <translation>
            <numerusform>Cierra en %n minuto y no has votado.</numerusform>
            <numerusform>Cierra en %n minutos y no has votado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results are out</source>
        <translation>Ya hay resultados</translation>
    </message>
    <message>
        <source>See how the fans voted.</source>
        <translation>Mira cómo votó la afición.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <source>Open polls</source>
        <translation>Encuestas abiertas</translation>
    </message>
    <message>
        <source>Next poll to close</source>
        <translation>Próxima encuesta en cerrar</translation>
    </message>
    <message>
        <source>Open polls you have not voted on</source>
        <translation>Encuestas abiertas en las que no has votado</translation>
    </message>
    <message>
        <source>Sign in to see your polls and tokens</source>
        <translation>Inicia sesión para ver tus encuestas y tokens</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;sign-in&quot; style=&quot;text-decoration: none&quot;&gt;Sign in&lt;/a&gt; to see the open polls you can still vote on, and your fan tokens.</source>
        <translation>&lt;a href=&quot;sign-in&quot; style=&quot;text-decoration: none&quot;&gt;Inicia sesión&lt;/a&gt; para ver las encuestas abiertas en las que aún puedes votar y tus fan tokens.</translation>
    </message>
    <message>
        <source>Your fan tokens</source>
        <translation>Tus fan tokens</translation>
    </message>
    <message>
        <source>Select a poll in the list to see its details and vote.</source>
        <translation>Elige una encuesta de la lista para ver sus detalles y votar.</translation>
    </message>
    <message>
        <source>Opens the poll: %1</source>
        <translation>Abre la encuesta: %1</translation>
    </message>
    <message>
        <source>Loading the open polls…</source>
        <translation>Cargando las encuestas abiertas…</translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s) open now</source>
        <translation>
            <numerusform>%n encuesta abierta ahora</numerusform>
            <numerusform>%n encuestas abiertas ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>You have voted on every open poll</source>
        <translation>Has votado en todas las encuestas abiertas</translation>
    </message>
    <message numerus="yes">
        <source>%n open poll(s) you have not voted on yet</source>
        <translation>
            <numerusform>%n encuesta abierta en la que aún no has votado</numerusform>
            <numerusform>%n encuestas abiertas en las que aún no has votado</numerusform>
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
        <translation>Acaba de cerrar: %1</translation>
    </message>
    <message>
        <source>Closes in %1: %2</source>
        <translation>Cierra en %1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerFilterModel</name>
    <message>
        <source>All partners</source>
        <translation>Todos los clubes</translation>
    </message>
</context>
<context>
    <name>PollDelegate</name>
    <message>
        <source>✓ You voted (%1)</source>
        <translation>✓ Has votado (%1)</translation>
    </message>
    <message>
        <source>Quorum reached</source>
        <translation>Quórum alcanzado</translation>
    </message>
    <message>
        <source>Quorum %1 of %2</source>
        <translation>Quórum: %1 de %2</translation>
    </message>
    <message>
        <source>%1 tokens cast · no quorum</source>
        <translation>%1 tokens emitidos · sin quórum</translation>
    </message>
</context>
<context>
    <name>PollDetail</name>
    <message>
        <source>This poll is not open yet, so it cannot be voted on.</source>
        <translation>Esta encuesta aún no está abierta, así que no se puede votar.</translation>
    </message>
    <message>
        <source>This poll is closed, so it cannot be voted on any more.</source>
        <translation>Esta encuesta está cerrada, así que ya no se puede votar.</translation>
    </message>
    <message>
        <source>This poll is over and its results are out, so it cannot be voted on.</source>
        <translation>Esta encuesta ha terminado y ya tiene resultados, así que no se puede votar.</translation>
    </message>
    <message>
        <source>This poll was cancelled, so it cannot be voted on.</source>
        <translation>Esta encuesta se ha cancelado, así que no se puede votar.</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>una respuesta</translation>
    </message>
    <message>
        <source>You voted “%1” with %2 on %3.</source>
        <translation>Votaste «%1» con %2 el %3.</translation>
    </message>
    <message>
        <source>You voted “%1” with %2.</source>
        <translation>Votaste «%1» con %2.</translation>
    </message>
    <message>
        <source>None: the poll was cancelled</source>
        <translation>Ninguno: la encuesta se canceló</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publicados el %1</translation>
    </message>
    <message>
        <source>Shown below</source>
        <translation>Se muestran abajo</translation>
    </message>
    <message>
        <source>Shown once you vote or when the poll closes (published %1)</source>
        <translation>Se muestran cuando votes o cuando cierre la encuesta (publicación: %1)</translation>
    </message>
    <message>
        <source>Shown once you vote or when the poll closes</source>
        <translation>Se muestran cuando votes o cuando cierre la encuesta</translation>
    </message>
    <message>
        <source>You can vote with 1 to %1 tokens (this poll&apos;s limit).</source>
        <translation>Puedes votar con entre 1 y %1 tokens (el límite de esta encuesta).</translation>
    </message>
    <message>
        <source>You can vote with 1 to %1 tokens (all you hold).</source>
        <translation>Puedes votar con entre 1 y %1 tokens (todos los que tienes).</translation>
    </message>
    <message>
        <source>Follow this poll</source>
        <translation>Seguir esta encuesta</translation>
    </message>
    <message>
        <source>Follow (Ctrl+D): be told when this poll opens, an hour before it closes if you have not voted, and when its results are out</source>
        <translation>Seguir (Ctrl+D): recibe un aviso cuando se abra esta encuesta, una hora antes de que cierre si no has votado y cuando salgan sus resultados</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Back to the overview</source>
        <translation>Volver al resumen</translation>
    </message>
    <message>
        <source>Back to the overview (Esc)</source>
        <translation>Volver al resumen (Esc)</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation>Logotipo de %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending your vote… (at most %n second(s))</source>
        <translation>
            <numerusform>Enviando tu voto… (%n segundo como máximo)</numerusform>
            <numerusform>Enviando tu voto… (%n segundos como máximo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote on this %1 poll</source>
        <translation>Votar en esta encuesta de %1</translation>
    </message>
    <message>
        <source>Your tokens are not spent: they stay in your wallet. Votes are final: you cannot change or withdraw this vote.</source>
        <translation>Tus tokens no se gastan: se quedan en tu cartera. Los votos son definitivos: no podrás cambiar ni retirar este voto.</translation>
    </message>
    <message>
        <source>Vote %1</source>
        <translation>Votar con %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation>Apertura:</translation>
    </message>
    <message>
        <source>This poll is “%1”, so it cannot be voted on.</source>
        <translation>Esta encuesta está en estado «%1», así que no se puede votar.</translation>
    </message>
    <message>
        <source>Closes:</source>
        <translation>Cierre:</translation>
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
        <translation>Tokens emitidos:</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Tokens para votar:</translation>
    </message>
    <message>
        <source>Number of tokens to vote with</source>
        <translation>Número de tokens con los que votar</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Vote with as many tokens as allowed</source>
        <translation>Votar con todos los tokens permitidos</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Load this poll again</source>
        <translation>Volver a cargar esta encuesta</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>★ Following</source>
        <translation>★ Siguiendo</translation>
    </message>
    <message>
        <source>☆ Follow</source>
        <translation>☆ Seguir</translation>
    </message>
    <message>
        <source>You follow this poll</source>
        <translation>Sigues esta encuesta</translation>
    </message>
    <message>
        <source>You do not follow this poll</source>
        <translation>No sigues esta encuesta</translation>
    </message>
    <message>
        <source>Yes — the partner commits to the winning answer</source>
        <translation>Sí: el club se compromete con la respuesta ganadora</translation>
    </message>
    <message>
        <source>No — an opinion poll</source>
        <translation>No: es una encuesta de opinión</translation>
    </message>
    <message>
        <source>Does not apply: the poll was cancelled</source>
        <translation>No se aplica: la encuesta se canceló</translation>
    </message>
    <message>
        <source>%1 of %2 needed, reached</source>
        <translation>%1 de %2 necesario, alcanzado</translation>
    </message>
    <message>
        <source>%1 of %2 needed, not reached yet</source>
        <translation>%1 de %2 necesario, aún no alcanzado</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Sin quórum</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>%1 (at most %2 per person)</source>
        <translation>%1 (como máximo %2 por persona)</translation>
    </message>
    <message>
        <source>✓ your vote</source>
        <translation>✓ tu voto</translation>
    </message>
    <message>
        <source>★ winning answer</source>
        <translation>★ respuesta ganadora</translation>
    </message>
    <message>
        <source>Select a poll first.</source>
        <translation>Primero elige una encuesta.</translation>
    </message>
    <message>
        <source>Checking your tokens…</source>
        <translation>Comprobando tus tokens…</translation>
    </message>
    <message>
        <source>You hold no %1 fan tokens, so you cannot vote on this poll.</source>
        <translation>No tienes fan tokens de %1, así que no puedes votar en esta encuesta.</translation>
    </message>
    <message>
        <source>You hold %1 of %2.</source>
        <translation>Tienes %1 de %2.</translation>
    </message>
    <message>
        <source>Sign in to see your tokens.</source>
        <translation>Inicia sesión para ver tus tokens.</translation>
    </message>
    <message>
        <source>Sign in to vote</source>
        <translation>Inicia sesión para votar</translation>
    </message>
    <message>
        <source>Voting…</source>
        <translation>Votando…</translation>
    </message>
    <message>
        <source>Choose an answer and how many tokens to vote with.</source>
        <translation>Elige una respuesta y cuántos tokens quieres usar.</translation>
    </message>
    <message>
        <source>Vote “%1” with %2?</source>
        <translation>¿Votar «%1» con %2?</translation>
    </message>
</context>
<context>
    <name>PollListPage</name>
    <message>
        <source>All polls</source>
        <translation>Todas las encuestas</translation>
    </message>
    <message>
        <source>My polls</source>
        <translation>Mis encuestas</translation>
    </message>
    <message>
        <source>Loading polls…</source>
        <translation>Cargando encuestas…</translation>
    </message>
    <message>
        <source>Sign in to see the polls you can vote on, with your votes.</source>
        <translation>Inicia sesión para ver las encuestas en las que puedes votar, con tus votos.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>No poll matches these filters.
Try another search or status.</source>
        <translation>Ninguna encuesta coincide con estos filtros.
Prueba otra búsqueda u otro estado.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Borrar búsqueda y filtros</translation>
    </message>
    <message>
        <source>No polls yet.</source>
        <translation>Todavía no hay encuestas.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>★ Unfollow</source>
        <translation>★ Dejar de seguir</translation>
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
        <translation>Automática (HTTP Basic o lo que publique el servidor)</translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>Autenticación HTTP básica (client_secret_basic)</translation>
    </message>
    <message>
        <source>In the form body (client_secret_post)</source>
        <translation>En el cuerpo del formulario (client_secret_post)</translation>
    </message>
    <message>
        <source>None: a public client without secret</source>
        <translation>Ninguna: un cliente público sin secreto</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL de autorización</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL de tokens</translation>
    </message>
    <message>
        <source>Revoke URL</source>
        <translation>URL de revocación</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Se muestra como:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Alcance:</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Autenticación del cliente:</translation>
    </message>
    <message>
        <source>Public-data client id:</source>
        <translation>ID de cliente de datos públicos:</translation>
    </message>
    <message>
        <source>Public-data secret:</source>
        <translation>Secreto de datos públicos:</translation>
    </message>
    <message>
        <source>Partner tag:</source>
        <translation>Etiqueta de socio:</translation>
    </message>
    <message>
        <source>Redirect port:</source>
        <translation>Puerto de redirección:</translation>
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
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Notify me about the polls I follow</source>
        <translation>Avisarme de las encuestas que sigo</translation>
    </message>
    <message>
        <source>Close to the system tray</source>
        <translation>Cerrar a la bandeja del sistema</translation>
    </message>
    <message>
        <source>The app keeps checking the polls you follow from there.</source>
        <translation>Desde allí, la aplicación sigue comprobando las encuestas que sigues.</translation>
    </message>
    <message>
        <source>The service this app talks to and the client it signs in as. The sandbox needs nothing here.</source>
        <translation>El servicio con el que habla esta aplicación y el cliente con el que inicia sesión. El sandbox no necesita nada aquí.</translation>
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
        <translation>Nuevo perfil…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Client (from the developer portal)</source>
        <translation>Cliente (del portal de desarrolladores)</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Se guarda en el llavero del sistema; déjalo vacío para conservarlo</translation>
    </message>
    <message>
        <source>The server&apos;s default</source>
        <translation>El predeterminado del servidor</translation>
    </message>
    <message>
        <source>The client id above</source>
        <translation>El ID de cliente de arriba</translation>
    </message>
    <message>
        <source>For a separate public-data client; stored in the system keyring</source>
        <translation>Para un cliente de datos públicos aparte; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Chosen automatically</source>
        <translation>Elegido automáticamente</translation>
    </message>
    <message>
        <source>Pinned redirect port</source>
        <translation>Puerto de redirección fijo</translation>
    </message>
    <message>
        <source>Conversion tracking (optional)</source>
        <translation>Seguimiento de conversiones (opcional)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save and use</source>
        <translation>Guardar y usar</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>The sandbox built into the app runs here; it picks a free port when it starts.</source>
        <translation>Aquí funciona el sandbox integrado en la aplicación; elige un puerto libre al arrancar.</translation>
    </message>
    <message>
        <source>Give the new profile a name, then its URLs and client id.</source>
        <translation>Ponle un nombre al nuevo perfil y después sus URL y su ID de cliente.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Partner Desktop</source>
        <translation>Te damos la bienvenida a Partner Desktop</translation>
    </message>
    <message>
        <source>The profile “%1” has no client id yet. Enter the consumer key from your partner developer portal in the settings — or try everything right now on the built-in sandbox, with test accounts and no network.</source>
        <translation>El perfil «%1» aún no tiene ID de cliente. Introduce la clave de consumidor de tu portal de desarrolladores de socios en los ajustes, o pruébalo todo ahora mismo en el sandbox integrado, con cuentas de prueba y sin red.</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Usar el sandbox</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir ajustes</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Continúa en tu navegador</translation>
    </message>
    <message>
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself. If no browser opened, copy the link below into one.</source>
        <translation>Se ha abierto una página de inicio de sesión en tu navegador. Inicia sesión allí y permite el acceso; esta ventana se actualiza sola. Si no se abrió ningún navegador, copia el enlace de abajo en uno.</translation>
    </message>
    <message numerus="yes">
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n minute(s). If no browser opened, copy the link below into one.</source>
        <translation>
            <numerusform>Se ha abierto una página de inicio de sesión en tu navegador. Inicia sesión allí y permite el acceso; esta ventana se actualiza sola y espera %n minuto como máximo. Si no se abrió ningún navegador, copia el enlace de abajo en uno.</numerusform>
            <numerusform>Se ha abierto una página de inicio de sesión en tu navegador. Inicia sesión allí y permite el acceso; esta ventana se actualiza sola y espera %n minutos como máximo. Si no se abrió ningún navegador, copia el enlace de abajo en uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n second(s). If no browser opened, copy the link below into one.</source>
        <translation>
            <numerusform>Se ha abierto una página de inicio de sesión en tu navegador. Inicia sesión allí y permite el acceso; esta ventana se actualiza sola y espera %n segundo como máximo. Si no se abrió ningún navegador, copia el enlace de abajo en uno.</numerusform>
            <numerusform>Se ha abierto una página de inicio de sesión en tu navegador. Inicia sesión allí y permite el acceso; esta ventana se actualiza sola y espera %n segundos como máximo. Si no se abrió ningún navegador, copia el enlace de abajo en uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Volver a abrir</translation>
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
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>● Connected to %1</source>
        <translation>● Conectado a %1</translation>
    </message>
    <message>
        <source>○ Cannot reach %1</source>
        <translation>○ No se puede acceder a %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Partner Desktop</source>
        <translation>Mostrar Partner Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Still running in the tray: your followed polls are being checked.</source>
        <translation>Sigue en ejecución en la bandeja: se comprueban las encuestas que sigues.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>The app keeps running. The details are in the log file.</source>
        <translation>La aplicación sigue funcionando. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>WalletDialog</name>
    <message>
        <source>Loading your wallet…</source>
        <translation>Cargando tu cartera…</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>Tu cartera</translation>
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
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Your wallet is empty: you hold no fan tokens.</source>
        <translation>Tu cartera está vacía: no tienes fan tokens.</translation>
    </message>
    <message numerus="yes">
        <source>You hold %n kind(s) of fan token.</source>
        <translation>
            <numerusform>Tienes %n tipo de fan token.</numerusform>
            <numerusform>Tienes %n tipos de fan token.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Loading your wallet…</source>
        <translation>Cargando tu cartera…</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
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
        <translation>Más grande</translation>
    </message>
</context>
<context>
    <name>detail_placeholder</name>
    <message>
        <source>Select a poll to see its details.</source>
        <translation>Elige una encuesta para ver sus detalles.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This poll is not open for votes any more.</source>
        <translation>Esta encuesta ya no admite votos.</translation>
    </message>
    <message>
        <source>You have already voted on this poll; a vote is final.</source>
        <translation>Ya has votado en esta encuesta; el voto es definitivo.</translation>
    </message>
    <message>
        <source>That is more tokens than this poll allows or than you hold.</source>
        <translation>Son más tokens de los que permite esta encuesta o de los que tienes.</translation>
    </message>
    <message>
        <source>The vote was not accepted: the answer or the token count is invalid.</source>
        <translation>No se aceptó el voto: la respuesta o el número de tokens no es válido.</translation>
    </message>
    <message>
        <source>This poll or answer no longer exists.</source>
        <translation>Esta encuesta o respuesta ya no existe.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation>Tu sesión ha caducado o se ha revocado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Please sign in to see your polls, votes and wallet.</source>
        <translation>Inicia sesión para ver tus encuestas, tus votos y tu cartera.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read.</source>
        <translation>El servidor envió una respuesta que la aplicación no puede leer.</translation>
    </message>
    <message>
        <source>the system keyring (Secret Service)</source>
        <translation>el llavero del sistema (Secret Service)</translation>
    </message>
    <message>
        <source>the system keyring (libsecret)</source>
        <translation>el llavero del sistema (libsecret)</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>el llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>el Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>the %1 keyring</source>
        <translation>el llavero %1</translation>
    </message>
    <message>
        <source>Sign-in remembered in %1.</source>
        <translation>Sesión recordada en %1.</translation>
    </message>
    <message>
        <source>Signed in for this session only: the server gave no refresh token to remember.</source>
        <translation>Sesión iniciada solo durante esta ejecución: el servidor no dio ningún token de actualización que recordar.</translation>
    </message>
    <message>
        <source>The client id (consumer key) is empty.</source>
        <translation>El ID de cliente (clave de consumidor) está vacío.</translation>
    </message>
    <message>
        <source>The redirect port must be between 1024 and 65535.</source>
        <translation>El puerto de redirección debe estar entre 1024 y 65535.</translation>
    </message>
    <message>
        <source>The client-credentials client id has spaces around it.</source>
        <translation>El ID del cliente de credenciales tiene espacios alrededor.</translation>
    </message>
    <message>
        <source>A profile name uses lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (at most 40).</source>
        <translation>Un nombre de perfil usa minúsculas, dígitos, «-» y «_» (40 como máximo).</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program, so the sign-in cannot receive its answer. Close that program, or choose another redirect port in the profile settings.</source>
        <translation>El puerto %1 lo usa otro programa, así que el inicio de sesión no puede recibir su respuesta. Cierra ese programa o elige otro puerto de redirección en los ajustes del perfil.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 did not answer within %2 seconds.</source>
        <translation>El servidor de inicio de sesión de %1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 cannot be reached.</source>
        <translation>No se puede contactar con el servidor de inicio de sesión de %1.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 is unavailable (HTTP %2).</source>
        <translation>El servidor de inicio de sesión de %1 no está disponible (HTTP %2).</translation>
    </message>
    <message>
        <source>The certificate of the sign-in server at %1 is not valid.</source>
        <translation>El certificado del servidor de inicio de sesión de %1 no es válido.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>El servidor de %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server at %1 is unavailable (HTTP %2).</source>
        <translation>El servidor de %1 no está disponible (HTTP %2).</translation>
    </message>
    <message>
        <source>The certificate of the server at %1 is not valid.</source>
        <translation>El certificado del servidor de %1 no es válido.</translation>
    </message>
    <message>
        <source>The connection to the server at %1 broke off.</source>
        <translation>La conexión con el servidor de %1 se cortó.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached.</source>
        <translation>No se puede contactar con el servidor de %1.</translation>
    </message>
    <message>
        <source>This profile has no client secret, so public data cannot be requested. Add the consumer secret in Settings.</source>
        <translation>Este perfil no tiene secreto de cliente, así que no se pueden pedir los datos públicos. Añade el secreto de consumidor en Ajustes.</translation>
    </message>
    <message>
        <source>The server does not allow this app to sign in this way.</source>
        <translation>El servidor no permite que esta aplicación inicie sesión de esta forma.</translation>
    </message>
    <message>
        <source>The server refused the requested permissions (scope).</source>
        <translation>El servidor rechazó los permisos solicitados (scope).</translation>
    </message>
    <message>
        <source>The server does not support this kind of sign-in.</source>
        <translation>El servidor no admite este tipo de inicio de sesión.</translation>
    </message>
    <message>
        <source>The server rejected the sign-in request as malformed.</source>
        <translation>El servidor rechazó la solicitud de inicio de sesión por estar mal formada.</translation>
    </message>
    <message>
        <source>The sign-in server gave an answer this app cannot use.</source>
        <translation>El servidor de inicio de sesión dio una respuesta que esta aplicación no puede usar.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Primero elige un perfil.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de perfil %1.</translation>
    </message>
    <message>
        <source>The profile has no %1 setting.</source>
        <translation>El perfil no tiene el ajuste %1.</translation>
    </message>
    <message>
        <source>The %1 setting of the profile has the wrong kind of value.</source>
        <translation>El ajuste %1 del perfil tiene un tipo de valor incorrecto.</translation>
    </message>
    <message>
        <source>Unknown profile setting: %1.</source>
        <translation>Ajuste de perfil desconocido: %1.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// (http:// on this computer).</source>
        <translation>Escribe una dirección web que empiece por https:// (http:// en este equipo).</translation>
    </message>
    <message>
        <source>The address %1 must use https unless it is on this computer.</source>
        <translation>La dirección %1 debe usar https salvo que esté en este equipo.</translation>
    </message>
    <message>
        <source>Unknown tracking parameter: %1.</source>
        <translation>Parámetro de seguimiento desconocido: %1.</translation>
    </message>
    <message>
        <source>The client authentication method must be client_secret_basic, client_secret_post or none.</source>
        <translation>El método de autenticación del cliente debe ser client_secret_basic, client_secret_post o none.</translation>
    </message>
    <message>
        <source>The path for &apos;%1&apos; must start with &apos;/&apos;.</source>
        <translation>La ruta de «%1» debe empezar por «/».</translation>
    </message>
    <message>
        <source>The path for &apos;%1&apos; uses a placeholder other than {polls_version}, {user_version}, {wallet_version} or {poll_id}.</source>
        <translation>La ruta de «%1» usa un marcador distinto de {polls_version}, {user_version}, {wallet_version} o {poll_id}.</translation>
    </message>
    <message>
        <source>The authorize parameter name &apos;%1&apos; must be a letter followed by letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos; (at most 40).</source>
        <translation>El nombre del parámetro de autorización «%1» debe ser una letra seguida de letras, dígitos, «_», «-» o «.» (40 como máximo).</translation>
    </message>
    <message>
        <source>The authorize parameter &apos;%1&apos; is set by the app itself and cannot be added.</source>
        <translation>El parámetro de autorización «%1» lo pone la propia aplicación y no se puede añadir.</translation>
    </message>
    <message>
        <source>The authorize parameter &apos;%1&apos; looks like a secret; secrets never go in the sign-in address.</source>
        <translation>El parámetro de autorización «%1» parece un secreto; los secretos nunca van en la dirección de inicio de sesión.</translation>
    </message>
    <message>
        <source>The value of the authorize parameter &apos;%1&apos; must be printable text of at most 200 characters.</source>
        <translation>El valor del parámetro de autorización «%1» debe ser texto imprimible de 200 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The connection broke while your vote was being sent, and it is not known whether it counted. Check the poll, then try again: a repeated vote is never counted twice.</source>
        <translation>La conexión se cortó mientras se enviaba tu voto y no se sabe si se contó. Revisa la encuesta y vuelve a intentarlo: un voto repetido nunca se cuenta dos veces.</translation>
    </message>
    <message>
        <source>The server is unavailable right now, so your vote was not counted. Try again in a moment: a repeated vote is never counted twice.</source>
        <translation>El servidor no está disponible en este momento, así que tu voto no se ha contado. Vuelve a intentarlo en un momento: un voto repetido nunca se cuenta dos veces.</translation>
    </message>
    <message>
        <source>The server could not be reached, so your vote was not sent and not counted. Try again when it is back.</source>
        <translation>No se pudo contactar con el servidor, así que tu voto no se ha enviado ni contado. Vuelve a intentarlo cuando esté disponible.</translation>
    </message>
    <message>
        <source>The sign-in server is not answering, so the browser was not opened. Try again in a moment.</source>
        <translation>El servidor de inicio de sesión no responde, así que no se ha abierto el navegador. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid, so nothing was sent to it. Check the server address in Settings, or try another network.</source>
        <translation>El certificado del servidor no es válido, así que no se le envió nada. Revisa la dirección del servidor en Ajustes o prueba con otra red.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your connection and try again.</source>
        <translation>No se pudo contactar con el servidor. Comprueba tu conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The vote was not accepted.</source>
        <translation>No se aceptó el voto.</translation>
    </message>
    <message>
        <source>This service is no longer available from the Partner API.</source>
        <translation>Este servicio ya no está disponible en la Partner API.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign-in took too long: the browser never came back. Try again.</source>
        <translation>El inicio de sesión tardó demasiado: el navegador no respondió. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only.</source>
        <translation>Sesión guardada solo durante esta ejecución.</translation>
    </message>
    <message>
        <source>Access was not granted in the browser, so you are not signed in.</source>
        <translation>No se concedió el acceso en el navegador, así que no has iniciado sesión.</translation>
    </message>
    <message>
        <source>The app could not listen for the browser&apos;s answer on this computer.</source>
        <translation>La aplicación no pudo esperar la respuesta del navegador en este equipo.</translation>
    </message>
    <message>
        <source>The server did not accept this app&apos;s client id or secret. Check them in Settings.</source>
        <translation>El servidor no aceptó el ID de cliente o el secreto de esta aplicación. Revísalos en Ajustes.</translation>
    </message>
    <message>
        <source>Signing in failed. Please try again.</source>
        <translation>No se pudo iniciar sesión. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server is busy right now. Wait a moment, then try again.</source>
        <translation>El servidor está ocupado ahora mismo. Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server had a problem answering. Try again in a moment.</source>
        <translation>El servidor tuvo un problema al responder. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read (field %1).</source>
        <translation>El servidor envió una respuesta que la aplicación no puede leer (campo %1).</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The system keyring is not available; sign-in lasts for this session only.</source>
        <translation>El llavero del sistema no está disponible; la sesión solo dura mientras la aplicación esté abierta.</translation>
    </message>
    <message>
        <source>The system keyring could not be used.</source>
        <translation>No se pudo usar el llavero del sistema.</translation>
    </message>
    <message>
        <source>The settings of this profile are incomplete.</source>
        <translation>Los ajustes de este perfil están incompletos.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo ha fallado.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Ha ocurrido un error inesperado. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Results out</source>
        <translation>Con resultados</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
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
        <translation>Cierra en %1</translation>
    </message>
    <message>
        <source>Closes %1</source>
        <translation>Cierra el %1</translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation>Abre en %1</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Abre el %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Cerró el %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
</TS>
