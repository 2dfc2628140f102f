<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountBar</name>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications about the polls you follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me about the polls I follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Partner Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance of each fan token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id in Settings before signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search polls  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the lists (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most tokens cast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About Partner Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote on the polls of the clubs whose fan tokens you hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Following %n poll(s).</source>
        <translation>
            <numerusform>Following %n poll.</numerusform>
            <numerusform>Following %n polls.</numerusform>
        </translation>
    </message>
    <message>
        <source>You follow no poll.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeWords</name>
    <message>
        <source>A poll you follow is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote before it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A poll you follow closes soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It closes in %n minute(s) and you have not voted.</source>
        <translation>
            <numerusform>It closes in %n minute and you have not voted.</numerusform>
            <numerusform>It closes in %n minutes and you have not voted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results are out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how the fans voted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open polls you have not voted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your polls and tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;sign-in&quot; style=&quot;text-decoration: none&quot;&gt;Sign in&lt;/a&gt; to see the open polls you can still vote on, and your fan tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fan tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a poll in the list to see its details and vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the poll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the open polls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s) open now</source>
        <translation>
            <numerusform>%n poll is open now</numerusform>
            <numerusform>%n polls are open now</numerusform>
        </translation>
    </message>
    <message>
        <source>You have voted on every open poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open poll(s) you have not voted on yet</source>
        <translation>
            <numerusform>%n open poll you have not voted on yet</numerusform>
            <numerusform>%n open polls you have not voted on yet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed just now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerFilterModel</name>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollDelegate</name>
    <message>
        <source>✓ You voted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens cast · no quorum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollDetail</name>
    <message>
        <source>This poll is not open yet, so it cannot be voted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This poll is closed, so it cannot be voted on any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This poll is over and its results are out, so it cannot be voted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This poll was cancelled, so it cannot be voted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You voted “%1” with %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You voted “%1” with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the poll was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once you vote or when the poll closes (published %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once you vote or when the poll closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can vote with 1 to %1 tokens (this poll&apos;s limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can vote with 1 to %1 tokens (all you hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow (Ctrl+D): be told when this poll opens, an hour before it closes if you have not voted, and when its results are out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the overview (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending your vote… (at most %n second(s))</source>
        <translation>
            <numerusform>Sending your vote… (at most %n second)</numerusform>
            <numerusform>Sending your vote… (at most %n seconds)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote on this %1 poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tokens are not spent: they stay in your wallet. Votes are final: you cannot change or withdraw this vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This poll is “%1”, so it cannot be voted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens cast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tokens to vote with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote with as many tokens as allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this poll again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You follow this poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not follow this poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — the partner commits to the winning answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — an opinion poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply: the poll was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 needed, reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 needed, not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at most %2 per person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ your vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ winning answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a poll first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no %1 fan tokens, so you cannot vote on this poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer and how many tokens to vote with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote “%1” with %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollListPage</name>
    <message>
        <source>All polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading polls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the polls you can vote on, with your votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No poll matches these filters.
Try another search or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No polls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Unfollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Follow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Automatic (HTTP Basic, or what the server publishes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the form body (client_secret_post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a public client without secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-data client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-data secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me about the polls I follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app keeps checking the polls you follow from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service this app talks to and the client it signs in as. The sandbox needs nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client (from the developer portal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a separate public-data client; stored in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned redirect port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion tracking (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox built into the app runs here; it picks a free port when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new profile a name, then its URLs and client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Partner Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” has no client id yet. Enter the consumer key from your partner developer portal in the settings — or try everything right now on the built-in sandbox, with test accounts and no network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself. If no browser opened, copy the link below into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n minute(s). If no browser opened, copy the link below into one.</source>
        <translation>
            <numerusform>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n minute. If no browser opened, copy the link below into one.</numerusform>
            <numerusform>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n minutes. If no browser opened, copy the link below into one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n second(s). If no browser opened, copy the link below into one.</source>
        <translation>
            <numerusform>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n second. If no browser opened, copy the link below into one.</numerusform>
            <numerusform>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n seconds. If no browser opened, copy the link below into one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Cannot reach %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Partner Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running in the tray: your followed polls are being checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app keeps running. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletDialog</name>
    <message>
        <source>Loading your wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fan token balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fan token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet is empty: you hold no fan tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You hold %n kind(s) of fan token.</source>
        <translation>
            <numerusform>You hold %n kind of fan token.</numerusform>
            <numerusform>You hold %n kinds of fan token.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Loading your wallet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>detail_placeholder</name>
    <message>
        <source>Select a poll to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This poll is not open for votes any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already voted on this poll; a vote is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more tokens than this poll allows or than you hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote was not accepted: the answer or the token count is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This poll or answer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in to see your polls, votes and wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring (Secret Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring (libsecret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in remembered in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in for this session only: the server gave no refresh token to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id (consumer key) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect port must be between 1024 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client-credentials client id has spaces around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name uses lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (at most 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is in use by another program, so the sign-in cannot receive its answer. Close that program, or choose another redirect port in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server at %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server at %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server at %1 is unavailable (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the sign-in server at %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 is unavailable (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the server at %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server at %1 broke off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no client secret, so public data cannot be requested. Add the consumer secret in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this app to sign in this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the requested permissions (scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this kind of sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the sign-in request as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server gave an answer this app cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no %1 setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 setting of the profile has the wrong kind of value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile setting: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// (http:// on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 must use https unless it is on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tracking parameter: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client authentication method must be client_secret_basic, client_secret_post or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path for &apos;%1&apos; must start with &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path for &apos;%1&apos; uses a placeholder other than {polls_version}, {user_version}, {wallet_version} or {poll_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorize parameter name &apos;%1&apos; must be a letter followed by letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos; (at most 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorize parameter &apos;%1&apos; is set by the app itself and cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorize parameter &apos;%1&apos; looks like a secret; secrets never go in the sign-in address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the authorize parameter &apos;%1&apos; must be printable text of at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while your vote was being sent, and it is not known whether it counted. Check the poll, then try again: a repeated vote is never counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unavailable right now, so your vote was not counted. Try again in a moment: a repeated vote is never counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached, so your vote was not sent and not counted. Try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server is not answering, so the browser was not opened. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid, so nothing was sent to it. Check the server address in Settings, or try another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is no longer available from the Partner API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in took too long: the browser never came back. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not granted in the browser, so you are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not listen for the browser&apos;s answer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this app&apos;s client id or secret. Check them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy right now. Wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem answering. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read (field %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is not available; sign-in lasts for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of this profile are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
