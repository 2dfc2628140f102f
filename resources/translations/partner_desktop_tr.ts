<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AccountBar</name>
    <message>
        <source>Connected to %1</source>
        <translation>%1 adresine bağlı</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Ortam: %1</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Yenile (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>Bildirim ayarları</translation>
    </message>
    <message>
        <source>Desktop notifications about the polls you follow</source>
        <translation>Takip ettiğiniz anketler için masaüstü bildirimleri</translation>
    </message>
    <message>
        <source>Notify me about the polls I follow</source>
        <translation>Takip ettiğim anketler için bana haber ver</translation>
    </message>
    <message>
        <source>Close to the system tray</source>
        <translation>Sistem tepsisine kapat</translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation>Bu masaüstünde sistem tepsisi yok</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>About Partner Desktop</source>
        <translation>Partner Desktop hakkında</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Cüzdan</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>Cüzdanınız</translation>
    </message>
    <message>
        <source>Your balance of each fan token</source>
        <translation>Her taraftar tokenındaki bakiyeniz</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Oturum açık hesap</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Oturum açılmadı</translation>
    </message>
    <message>
        <source>Enter the client id in Settings before signing in.</source>
        <translation>Oturum açmadan önce Ayarlar’a istemci kimliğini girin.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Oturum açılıyor…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Oturum aç</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Oturumu kapat</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 olarak oturum açıldı</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search polls  (Ctrl+F)</source>
        <translation>Anket ara  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search polls</source>
        <translation>Anket ara</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Aramayı temizle</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Duruma göre filtrele</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>İş ortağına göre filtrele</translation>
    </message>
    <message>
        <source>Sort polls</source>
        <translation>Anketleri sırala</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Durum</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>İş &amp;ortağı</translation>
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation>S&amp;ırala</translation>
    </message>
    <message>
        <source>Order of the lists (Ctrl+Shift+S)</source>
        <translation>Listelerin sırası (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Yakında kapanacak</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>En yeni</translation>
    </message>
    <message>
        <source>Most tokens cast</source>
        <translation>En çok token kullanılan</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About Partner Desktop</source>
        <translation>Partner Desktop hakkında</translation>
    </message>
    <message>
        <source>Vote on the polls of the clubs whose fan tokens you hold.</source>
        <translation>Taraftar tokenına sahip olduğunuz kulüplerin anketlerinde oy verin.</translation>
    </message>
    <message>
        <source>Connected to %1: %2</source>
        <translation>%1 ortamına bağlı: %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
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
        <translation>Ctrl+F  Anket ara
Ctrl+1 / Ctrl+2  Tüm anketler / Anketlerim
Ctrl+Shift+S  Listeleri sırala
Enter  Seçilen anketi aç
Tab, ok tuşları  Yanıtlar arasında gezin ve seçin
Ctrl+Enter  Oy ver
Ctrl+D  Anketi takip et
Esc  Genel bakışa dön
F5  Yenile
Ctrl+Q  Çık</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Yükleniyor</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>Your vote was recorded.</source>
        <translation>Oyunuz kaydedildi.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Oturum kapatıldı.</translation>
    </message>
    <message numerus="yes">
        <source>Following %n poll(s).</source>
        <translation>
            <numerusform>%n anketi takip ediyorsunuz.</numerusform>
        </translation>
    </message>
    <message>
        <source>You follow no poll.</source>
        <translation>Hiçbir anketi takip etmiyorsunuz.</translation>
    </message>
</context>
<context>
    <name>NoticeWords</name>
    <message>
        <source>A poll you follow is open</source>
        <translation>Takip ettiğiniz bir anket açıldı</translation>
    </message>
    <message>
        <source>Vote before it closes.</source>
        <translation>Kapanmadan önce oy verin.</translation>
    </message>
    <message>
        <source>A poll you follow closes soon</source>
        <translation>Takip ettiğiniz bir anket yakında kapanıyor</translation>
    </message>
    <message numerus="yes">
        <source>It closes in %n minute(s) and you have not voted.</source>
        <translation>
            <numerusform>%n dakika içinde kapanıyor ve henüz oy vermediniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results are out</source>
        <translation>Sonuçlar açıklandı</translation>
    </message>
    <message>
        <source>See how the fans voted.</source>
        <translation>Taraftarların nasıl oy verdiğini görün.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Şu anda</translation>
    </message>
    <message>
        <source>Open polls</source>
        <translation>Açık anketler</translation>
    </message>
    <message>
        <source>Next poll to close</source>
        <translation>Kapanacak sıradaki anket</translation>
    </message>
    <message>
        <source>Open polls you have not voted on</source>
        <translation>Oy vermediğiniz açık anketler</translation>
    </message>
    <message>
        <source>Sign in to see your polls and tokens</source>
        <translation>Anketlerinizi ve tokenlarınızı görmek için oturum açın</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;sign-in&quot; style=&quot;text-decoration: none&quot;&gt;Sign in&lt;/a&gt; to see the open polls you can still vote on, and your fan tokens.</source>
        <translation>Hâlâ oy verebileceğiniz açık anketleri ve taraftar tokenlarınızı görmek için &lt;a href=&quot;sign-in&quot; style=&quot;text-decoration: none&quot;&gt;oturum açın&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Your fan tokens</source>
        <translation>Taraftar tokenlarınız</translation>
    </message>
    <message>
        <source>Select a poll in the list to see its details and vote.</source>
        <translation>Ayrıntılarını görmek ve oy vermek için listeden bir anket seçin.</translation>
    </message>
    <message>
        <source>Opens the poll: %1</source>
        <translation>Anketi açar: %1</translation>
    </message>
    <message>
        <source>Loading the open polls…</source>
        <translation>Açık anketler yükleniyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s) open now</source>
        <translation>
            <numerusform>Şu anda %n açık anket var</numerusform>
        </translation>
    </message>
    <message>
        <source>You have voted on every open poll</source>
        <translation>Tüm açık anketlerde oy verdiniz</translation>
    </message>
    <message numerus="yes">
        <source>%n open poll(s) you have not voted on yet</source>
        <translation>
            <numerusform>Henüz oy vermediğiniz %n açık anket</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokenları</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%2: %1 — %3</translation>
    </message>
    <message>
        <source>Closed just now: %1</source>
        <translation>Az önce kapandı: %1</translation>
    </message>
    <message>
        <source>Closes in %1: %2</source>
        <translation>%1 içinde kapanıyor: %2</translation>
    </message>
</context>
<context>
    <name>PartnerFilterModel</name>
    <message>
        <source>All partners</source>
        <translation>Tüm iş ortakları</translation>
    </message>
</context>
<context>
    <name>PollDelegate</name>
    <message>
        <source>✓ You voted (%1)</source>
        <translation>✓ Oy verdiniz (%1)</translation>
    </message>
    <message>
        <source>Quorum reached</source>
        <translation>Yeter sayıya ulaşıldı</translation>
    </message>
    <message>
        <source>Quorum %1 of %2</source>
        <translation>Yeter sayı: %1 / %2</translation>
    </message>
    <message>
        <source>%1 tokens cast · no quorum</source>
        <translation>%1 token kullanıldı · yeter sayı yok</translation>
    </message>
</context>
<context>
    <name>PollDetail</name>
    <message>
        <source>This poll is not open yet, so it cannot be voted on.</source>
        <translation>Bu anket henüz açılmadı, bu yüzden oy verilemez.</translation>
    </message>
    <message>
        <source>This poll is closed, so it cannot be voted on any more.</source>
        <translation>Bu anket kapandı, artık oy verilemez.</translation>
    </message>
    <message>
        <source>This poll is over and its results are out, so it cannot be voted on.</source>
        <translation>Bu anket sona erdi ve sonuçları açıklandı, bu yüzden oy verilemez.</translation>
    </message>
    <message>
        <source>This poll was cancelled, so it cannot be voted on.</source>
        <translation>Bu anket iptal edildi, bu yüzden oy verilemez.</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>bir yanıt</translation>
    </message>
    <message>
        <source>You voted “%1” with %2 on %3.</source>
        <translation>%3 tarihinde %2 ile “%1” yanıtına oy verdiniz.</translation>
    </message>
    <message>
        <source>You voted “%1” with %2.</source>
        <translation>%2 ile “%1” yanıtına oy verdiniz.</translation>
    </message>
    <message>
        <source>None: the poll was cancelled</source>
        <translation>Yok: anket iptal edildi</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>%1 tarihinde açıklandı</translation>
    </message>
    <message>
        <source>Shown below</source>
        <translation>Aşağıda gösteriliyor</translation>
    </message>
    <message>
        <source>Shown once you vote or when the poll closes (published %1)</source>
        <translation>Oy verdiğinizde ya da anket kapandığında gösterilir (açıklanma: %1)</translation>
    </message>
    <message>
        <source>Shown once you vote or when the poll closes</source>
        <translation>Oy verdiğinizde ya da anket kapandığında gösterilir</translation>
    </message>
    <message>
        <source>You can vote with 1 to %1 tokens (this poll&apos;s limit).</source>
        <translation>1 ile %1 arasında tokenla oy verebilirsiniz (bu anketin sınırı).</translation>
    </message>
    <message>
        <source>You can vote with 1 to %1 tokens (all you hold).</source>
        <translation>1 ile %1 arasında tokenla oy verebilirsiniz (sahip olduklarınızın tümü).</translation>
    </message>
    <message>
        <source>Follow this poll</source>
        <translation>Bu anketi takip et</translation>
    </message>
    <message>
        <source>Follow (Ctrl+D): be told when this poll opens, an hour before it closes if you have not voted, and when its results are out</source>
        <translation>Takip et (Ctrl+D): bu anket açıldığında, oy vermediyseniz kapanmadan bir saat önce ve sonuçları açıklandığında haber alın</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>Back to the overview</source>
        <translation>Genel bakışa dön</translation>
    </message>
    <message>
        <source>Back to the overview (Esc)</source>
        <translation>Genel bakışa dön (Esc)</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation>%1 logosu</translation>
    </message>
    <message numerus="yes">
        <source>Sending your vote… (at most %n second(s))</source>
        <translation>
            <numerusform>Oyunuz gönderiliyor… (en fazla %n saniye)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote on this %1 poll</source>
        <translation>Bu %1 anketinde oy ver</translation>
    </message>
    <message>
        <source>Your tokens are not spent: they stay in your wallet. Votes are final: you cannot change or withdraw this vote.</source>
        <translation>Tokenlarınız harcanmaz: cüzdanınızda kalır. Oylar kesindir: bu oyu değiştiremez ya da geri alamazsınız.</translation>
    </message>
    <message>
        <source>Vote %1</source>
        <translation>%1 ile oy ver</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation>Açılış:</translation>
    </message>
    <message>
        <source>This poll is “%1”, so it cannot be voted on.</source>
        <translation>Bu anket “%1” durumunda, bu yüzden oy verilemez.</translation>
    </message>
    <message>
        <source>Closes:</source>
        <translation>Kapanış:</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Sonuçlar:</translation>
    </message>
    <message>
        <source>Binding:</source>
        <translation>Bağlayıcı:</translation>
    </message>
    <message>
        <source>Quorum:</source>
        <translation>Yeter sayı:</translation>
    </message>
    <message>
        <source>Tokens cast:</source>
        <translation>Kullanılan token:</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Yanıtlar</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Number of tokens to vote with</source>
        <translation>Oy vermek için token sayısı</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>En fazla</translation>
    </message>
    <message>
        <source>Vote with as many tokens as allowed</source>
        <translation>İzin verilen en fazla tokenla oy ver</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Load this poll again</source>
        <translation>Bu anketi yeniden yükle</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Oy ver</translation>
    </message>
    <message>
        <source>★ Following</source>
        <translation>★ Takip ediliyor</translation>
    </message>
    <message>
        <source>☆ Follow</source>
        <translation>☆ Takip et</translation>
    </message>
    <message>
        <source>You follow this poll</source>
        <translation>Bu anketi takip ediyorsunuz</translation>
    </message>
    <message>
        <source>You do not follow this poll</source>
        <translation>Bu anketi takip etmiyorsunuz</translation>
    </message>
    <message>
        <source>Yes — the partner commits to the winning answer</source>
        <translation>Evet — iş ortağı kazanan yanıta uymayı taahhüt eder</translation>
    </message>
    <message>
        <source>No — an opinion poll</source>
        <translation>Hayır — bir kamuoyu yoklaması</translation>
    </message>
    <message>
        <source>Does not apply: the poll was cancelled</source>
        <translation>Geçerli değil: anket iptal edildi</translation>
    </message>
    <message>
        <source>%1 of %2 needed, reached</source>
        <translation>%1 (gereken: %2), ulaşıldı</translation>
    </message>
    <message>
        <source>%1 of %2 needed, not reached yet</source>
        <translation>%1 (gereken: %2), henüz ulaşılmadı</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Yeter sayı yok</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Ulaşıldı</translation>
    </message>
    <message>
        <source>%1 (at most %2 per person)</source>
        <translation>%1 (kişi başı en fazla %2)</translation>
    </message>
    <message>
        <source>✓ your vote</source>
        <translation>✓ oyunuz</translation>
    </message>
    <message>
        <source>★ winning answer</source>
        <translation>★ kazanan yanıt</translation>
    </message>
    <message>
        <source>Select a poll first.</source>
        <translation>Önce bir anket seçin.</translation>
    </message>
    <message>
        <source>Checking your tokens…</source>
        <translation>Tokenlarınız denetleniyor…</translation>
    </message>
    <message>
        <source>You hold no %1 fan tokens, so you cannot vote on this poll.</source>
        <translation>Hiç %1 taraftar tokenınız yok, bu yüzden bu ankette oy veremezsiniz.</translation>
    </message>
    <message>
        <source>You hold %1 of %2.</source>
        <translation>%2 için %1 sahibisiniz.</translation>
    </message>
    <message>
        <source>Sign in to see your tokens.</source>
        <translation>Tokenlarınızı görmek için oturum açın.</translation>
    </message>
    <message>
        <source>Sign in to vote</source>
        <translation>Oy vermek için oturum açın</translation>
    </message>
    <message>
        <source>Voting…</source>
        <translation>Oy veriliyor…</translation>
    </message>
    <message>
        <source>Choose an answer and how many tokens to vote with.</source>
        <translation>Bir yanıt ve kaç tokenla oy vereceğinizi seçin.</translation>
    </message>
    <message>
        <source>Vote “%1” with %2?</source>
        <translation>%2 ile “%1” yanıtına oy verilsin mi?</translation>
    </message>
</context>
<context>
    <name>PollListPage</name>
    <message>
        <source>All polls</source>
        <translation>Tüm anketler</translation>
    </message>
    <message>
        <source>My polls</source>
        <translation>Anketlerim</translation>
    </message>
    <message>
        <source>Loading polls…</source>
        <translation>Anketler yükleniyor…</translation>
    </message>
    <message>
        <source>Sign in to see the polls you can vote on, with your votes.</source>
        <translation>Oy verebileceğiniz anketleri ve oylarınızı görmek için oturum açın.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Oturum aç</translation>
    </message>
    <message>
        <source>No poll matches these filters.
Try another search or status.</source>
        <translation>Bu filtrelere uyan anket yok.
Başka bir arama ya da durum deneyin.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Aramayı ve filtreleri temizle</translation>
    </message>
    <message>
        <source>No polls yet.</source>
        <translation>Henüz anket yok.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>★ Unfollow</source>
        <translation>★ Takibi bırak</translation>
    </message>
    <message>
        <source>☆ Follow</source>
        <translation>☆ Takip et</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Automatic (HTTP Basic, or what the server publishes)</source>
        <translation>Otomatik (HTTP Basic ya da sunucunun yayımladığı)</translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>HTTP temel kimlik doğrulama (client_secret_basic)</translation>
    </message>
    <message>
        <source>In the form body (client_secret_post)</source>
        <translation>Form gövdesinde (client_secret_post)</translation>
    </message>
    <message>
        <source>None: a public client without secret</source>
        <translation>Yok: gizli anahtarı olmayan açık istemci</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API temel URL’si</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>Yetkilendirme URL’si</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token URL’si</translation>
    </message>
    <message>
        <source>Revoke URL</source>
        <translation>İptal URL’si</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Görünen ad:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>İstemci kimliği:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>İstemci gizli anahtarı:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Kapsam:</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>İstemci kimlik doğrulaması:</translation>
    </message>
    <message>
        <source>Public-data client id:</source>
        <translation>Açık veri istemci kimliği:</translation>
    </message>
    <message>
        <source>Public-data secret:</source>
        <translation>Açık veri gizli anahtarı:</translation>
    </message>
    <message>
        <source>Partner tag:</source>
        <translation>İş ortağı etiketi:</translation>
    </message>
    <message>
        <source>Redirect port:</source>
        <translation>Yönlendirme bağlantı noktası:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Gelişmiş</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistem varsayılanı</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <source>Notify me about the polls I follow</source>
        <translation>Takip ettiğim anketler için bana haber ver</translation>
    </message>
    <message>
        <source>Close to the system tray</source>
        <translation>Sistem tepsisine kapat</translation>
    </message>
    <message>
        <source>The app keeps checking the polls you follow from there.</source>
        <translation>Uygulama oradan takip ettiğiniz anketleri denetlemeye devam eder.</translation>
    </message>
    <message>
        <source>The service this app talks to and the client it signs in as. The sandbox needs nothing here.</source>
        <translation>Bu uygulamanın konuştuğu hizmet ve oturum açtığı istemci. Deneme ortamının burada hiçbir şeye ihtiyacı yok.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Yeni profil…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Client (from the developer portal)</source>
        <translation>İstemci (geliştirici portalından)</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Sistem anahtarlığında saklanır; korumak için boş bırakın</translation>
    </message>
    <message>
        <source>The server&apos;s default</source>
        <translation>Sunucunun varsayılanı</translation>
    </message>
    <message>
        <source>The client id above</source>
        <translation>Yukarıdaki istemci kimliği</translation>
    </message>
    <message>
        <source>For a separate public-data client; stored in the system keyring</source>
        <translation>Ayrı bir açık veri istemcisi için; sistem anahtarlığında saklanır</translation>
    </message>
    <message>
        <source>Chosen automatically</source>
        <translation>Otomatik seçilir</translation>
    </message>
    <message>
        <source>Pinned redirect port</source>
        <translation>Sabit yönlendirme bağlantı noktası</translation>
    </message>
    <message>
        <source>Conversion tracking (optional)</source>
        <translation>Dönüşüm izleme (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Save and use</source>
        <translation>Kaydet ve kullan</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Metin &amp;boyutu:</translation>
    </message>
    <message>
        <source>The sandbox built into the app runs here; it picks a free port when it starts.</source>
        <translation>Uygulamaya yerleşik deneme ortamı burada çalışır; başlarken boş bir bağlantı noktası seçer.</translation>
    </message>
    <message>
        <source>Give the new profile a name, then its URLs and client id.</source>
        <translation>Yeni profile bir ad verin, ardından URL’lerini ve istemci kimliğini girin.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Partner Desktop</source>
        <translation>Partner Desktop’a hoş geldiniz</translation>
    </message>
    <message>
        <source>The profile “%1” has no client id yet. Enter the consumer key from your partner developer portal in the settings — or try everything right now on the built-in sandbox, with test accounts and no network.</source>
        <translation>“%1” profilinin henüz istemci kimliği yok. İş ortağı geliştirici portalınızdaki tüketici anahtarını ayarlara girin ya da her şeyi hemen yerleşik deneme ortamında, test hesaplarıyla ve ağ olmadan deneyin.</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Deneme ortamını kullan</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ayarları aç</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Copy link</source>
        <translation>Bağlantıyı kopyala</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Oturum aç</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Tarayıcınızda devam edin</translation>
    </message>
    <message>
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself. If no browser opened, copy the link below into one.</source>
        <translation>Web tarayıcınızda bir oturum açma sayfası açıldı. Orada oturum açıp erişime izin verin; bu pencere kendiliğinden güncellenir. Tarayıcı açılmadıysa aşağıdaki bağlantıyı bir tarayıcıya kopyalayın.</translation>
    </message>
    <message numerus="yes">
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n minute(s). If no browser opened, copy the link below into one.</source>
        <translation>
            <numerusform>Web tarayıcınızda bir oturum açma sayfası açıldı. Orada oturum açın ve erişime izin verin; bu pencere kendiliğinden güncellenir ve en fazla %n dakika bekler. Tarayıcı açılmadıysa aşağıdaki bağlantıyı kopyalayıp bir tarayıcıya yapıştırın.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A sign-in page has opened in your web browser. Sign in there and allow access; this window updates by itself and waits for it at most %n second(s). If no browser opened, copy the link below into one.</source>
        <translation>
            <numerusform>Web tarayıcınızda bir oturum açma sayfası açıldı. Orada oturum açın ve erişime izin verin; bu pencere kendiliğinden güncellenir ve en fazla %n saniye bekler. Tarayıcı açılmadıysa aşağıdaki bağlantıyı kopyalayıp bir tarayıcıya yapıştırın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Oturum açma bağlantısı</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopyalandı</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Yeniden aç</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Updated %1</source>
        <translation>Güncellendi: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 adresine bağlanılıyor…</translation>
    </message>
    <message>
        <source>● Connected to %1</source>
        <translation>● %1 adresine bağlı</translation>
    </message>
    <message>
        <source>○ Cannot reach %1</source>
        <translation>○ %1 adresine ulaşılamıyor</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Partner Desktop</source>
        <translation>Partner Desktop’u göster</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>Still running in the tray: your followed polls are being checked.</source>
        <translation>Tepside çalışmaya devam ediyor: takip ettiğiniz anketler denetleniyor.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Bir sorun oluştu</translation>
    </message>
    <message>
        <source>The app keeps running. The details are in the log file.</source>
        <translation>Uygulama çalışmaya devam ediyor. Ayrıntılar günlük dosyasında.</translation>
    </message>
</context>
<context>
    <name>WalletDialog</name>
    <message>
        <source>Loading your wallet…</source>
        <translation>Cüzdanınız yükleniyor…</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>Cüzdanınız</translation>
    </message>
    <message>
        <source>Fan token balances</source>
        <translation>Taraftar token bakiyeleri</translation>
    </message>
    <message>
        <source>Fan token</source>
        <translation>Taraftar tokenı</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Bakiye</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Your wallet is empty: you hold no fan tokens.</source>
        <translation>Cüzdanınız boş: hiç taraftar tokenınız yok.</translation>
    </message>
    <message numerus="yes">
        <source>You hold %n kind(s) of fan token.</source>
        <translation>
            <numerusform>%n tür taraftar tokenınız var.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Loading your wallet…</source>
        <translation>Cüzdanınız yükleniyor…</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Same as the system</source>
        <translation>Sistemle aynı</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık renk</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Küçük</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Büyük</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Daha büyük</translation>
    </message>
</context>
<context>
    <name>detail_placeholder</name>
    <message>
        <source>Select a poll to see its details.</source>
        <translation>Ayrıntılarını görmek için bir anket seçin.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This poll is not open for votes any more.</source>
        <translation>Bu anket artık oy kabul etmiyor.</translation>
    </message>
    <message>
        <source>You have already voted on this poll; a vote is final.</source>
        <translation>Bu ankette zaten oy verdiniz; oy kesindir.</translation>
    </message>
    <message>
        <source>That is more tokens than this poll allows or than you hold.</source>
        <translation>Bu, anketin izin verdiğinden ya da sahip olduğunuzdan fazla token.</translation>
    </message>
    <message>
        <source>The vote was not accepted: the answer or the token count is invalid.</source>
        <translation>Oy kabul edilmedi: yanıt ya da token sayısı geçersiz.</translation>
    </message>
    <message>
        <source>This poll or answer no longer exists.</source>
        <translation>Bu anket ya da yanıt artık yok.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation>Oturumunuzun süresi doldu ya da iptal edildi. Lütfen yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Please sign in to see your polls, votes and wallet.</source>
        <translation>Anketlerinizi, oylarınızı ve cüzdanınızı görmek için lütfen oturum açın.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read.</source>
        <translation>Sunucu, uygulamanın okuyamadığı bir yanıt gönderdi.</translation>
    </message>
    <message>
        <source>the system keyring (Secret Service)</source>
        <translation>sistem anahtarlığı (Secret Service)</translation>
    </message>
    <message>
        <source>the system keyring (libsecret)</source>
        <translation>sistem anahtarlığı (libsecret)</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS Anahtar Zinciri</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows Kimlik Bilgileri Yöneticisi</translation>
    </message>
    <message>
        <source>the %1 keyring</source>
        <translation>%1 anahtarlığı</translation>
    </message>
    <message>
        <source>Sign-in remembered in %1.</source>
        <translation>Oturum %1 içinde hatırlanıyor.</translation>
    </message>
    <message>
        <source>Signed in for this session only: the server gave no refresh token to remember.</source>
        <translation>Oturum yalnızca bu çalışma için açıldı: sunucu hatırlanacak bir yenileme tokenı vermedi.</translation>
    </message>
    <message>
        <source>The client id (consumer key) is empty.</source>
        <translation>İstemci kimliği (tüketici anahtarı) boş.</translation>
    </message>
    <message>
        <source>The redirect port must be between 1024 and 65535.</source>
        <translation>Yönlendirme bağlantı noktası 1024 ile 65535 arasında olmalı.</translation>
    </message>
    <message>
        <source>The client-credentials client id has spaces around it.</source>
        <translation>İstemci kimlik bilgileri istemcisinin kimliğinin başında ya da sonunda boşluk var.</translation>
    </message>
    <message>
        <source>A profile name uses lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (at most 40).</source>
        <translation>Profil adı küçük harf, rakam, “-” ve “_” içerir (en fazla 40).</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program, so the sign-in cannot receive its answer. Close that program, or choose another redirect port in the profile settings.</source>
        <translation>%1 numaralı bağlantı noktası başka bir program tarafından kullanılıyor, bu yüzden oturum açma yanıtını alamıyor. O programı kapatın ya da profil ayarlarından başka bir yönlendirme bağlantı noktası seçin.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 did not answer within %2 seconds.</source>
        <translation>%1 adresindeki oturum açma sunucusu %2 saniye içinde yanıt vermedi.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 cannot be reached.</source>
        <translation>%1 adresindeki oturum açma sunucusuna ulaşılamıyor.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 is unavailable (HTTP %2).</source>
        <translation>%1 adresindeki oturum açma sunucusu kullanılamıyor (HTTP %2).</translation>
    </message>
    <message>
        <source>The certificate of the sign-in server at %1 is not valid.</source>
        <translation>%1 adresindeki oturum açma sunucusunun sertifikası geçerli değil.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>%1 adresindeki sunucu zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <source>The server at %1 is unavailable (HTTP %2).</source>
        <translation>%1 adresindeki sunucu kullanılamıyor (HTTP %2).</translation>
    </message>
    <message>
        <source>The certificate of the server at %1 is not valid.</source>
        <translation>%1 adresindeki sunucunun sertifikası geçerli değil.</translation>
    </message>
    <message>
        <source>The connection to the server at %1 broke off.</source>
        <translation>%1 adresindeki sunucuyla bağlantı koptu.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached.</source>
        <translation>%1 adresindeki sunucuya ulaşılamıyor.</translation>
    </message>
    <message>
        <source>This profile has no client secret, so public data cannot be requested. Add the consumer secret in Settings.</source>
        <translation>Bu profilin istemci gizli anahtarı yok, bu yüzden herkese açık veriler istenemiyor. Tüketici gizli anahtarını Ayarlar’dan ekleyin.</translation>
    </message>
    <message>
        <source>The server does not allow this app to sign in this way.</source>
        <translation>Sunucu bu uygulamanın bu şekilde oturum açmasına izin vermiyor.</translation>
    </message>
    <message>
        <source>The server refused the requested permissions (scope).</source>
        <translation>Sunucu istenen izinleri (scope) reddetti.</translation>
    </message>
    <message>
        <source>The server does not support this kind of sign-in.</source>
        <translation>Sunucu bu tür oturum açmayı desteklemiyor.</translation>
    </message>
    <message>
        <source>The server rejected the sign-in request as malformed.</source>
        <translation>Sunucu oturum açma isteğini hatalı biçimli olduğu için reddetti.</translation>
    </message>
    <message>
        <source>The sign-in server gave an answer this app cannot use.</source>
        <translation>Oturum açma sunucusu bu uygulamanın kullanamayacağı bir yanıt verdi.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Önce bir profil seçin.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>“%1” adında bir profil yok.</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be read.</source>
        <translation>%1 profil dosyası okunamıyor.</translation>
    </message>
    <message>
        <source>The profile has no %1 setting.</source>
        <translation>Profilde %1 ayarı yok.</translation>
    </message>
    <message>
        <source>The %1 setting of the profile has the wrong kind of value.</source>
        <translation>Profilin %1 ayarının değer türü yanlış.</translation>
    </message>
    <message>
        <source>Unknown profile setting: %1.</source>
        <translation>Bilinmeyen profil ayarı: %1.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// (http:// on this computer).</source>
        <translation>https:// ile başlayan bir web adresi girin (bu bilgisayarda http://).</translation>
    </message>
    <message>
        <source>The address %1 must use https unless it is on this computer.</source>
        <translation>%1 adresi bu bilgisayarda değilse https kullanmalı.</translation>
    </message>
    <message>
        <source>Unknown tracking parameter: %1.</source>
        <translation>Bilinmeyen izleme parametresi: %1.</translation>
    </message>
    <message>
        <source>The client authentication method must be client_secret_basic, client_secret_post or none.</source>
        <translation>İstemci kimlik doğrulama yöntemi client_secret_basic, client_secret_post ya da none olmalı.</translation>
    </message>
    <message>
        <source>The path for &apos;%1&apos; must start with &apos;/&apos;.</source>
        <translation>“%1” yolu “/” ile başlamalı.</translation>
    </message>
    <message>
        <source>The path for &apos;%1&apos; uses a placeholder other than {polls_version}, {user_version}, {wallet_version} or {poll_id}.</source>
        <translation>“%1” yolu {polls_version}, {user_version}, {wallet_version} ve {poll_id} dışında bir yer tutucu kullanıyor.</translation>
    </message>
    <message>
        <source>The authorize parameter name &apos;%1&apos; must be a letter followed by letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos; (at most 40).</source>
        <translation>Yetkilendirme parametresi adı “%1” bir harfle başlamalı, ardından harf, rakam, “_”, “-” ya da “.” gelmeli (en fazla 40).</translation>
    </message>
    <message>
        <source>The authorize parameter &apos;%1&apos; is set by the app itself and cannot be added.</source>
        <translation>“%1” yetkilendirme parametresini uygulamanın kendisi ayarlar; eklenemez.</translation>
    </message>
    <message>
        <source>The authorize parameter &apos;%1&apos; looks like a secret; secrets never go in the sign-in address.</source>
        <translation>“%1” yetkilendirme parametresi bir gizli anahtara benziyor; gizli anahtarlar oturum açma adresine asla konmaz.</translation>
    </message>
    <message>
        <source>The value of the authorize parameter &apos;%1&apos; must be printable text of at most 200 characters.</source>
        <translation>“%1” yetkilendirme parametresinin değeri en fazla 200 karakterlik yazdırılabilir metin olmalı.</translation>
    </message>
    <message>
        <source>The connection broke while your vote was being sent, and it is not known whether it counted. Check the poll, then try again: a repeated vote is never counted twice.</source>
        <translation>Oyunuz gönderilirken bağlantı koptu ve sayılıp sayılmadığı bilinmiyor. Anketi kontrol edip yeniden deneyin: tekrarlanan bir oy asla iki kez sayılmaz.</translation>
    </message>
    <message>
        <source>The server is unavailable right now, so your vote was not counted. Try again in a moment: a repeated vote is never counted twice.</source>
        <translation>Sunucu şu anda kullanılamıyor, bu yüzden oyunuz sayılmadı. Birazdan yeniden deneyin: tekrarlanan bir oy asla iki kez sayılmaz.</translation>
    </message>
    <message>
        <source>The server could not be reached, so your vote was not sent and not counted. Try again when it is back.</source>
        <translation>Sunucuya ulaşılamadı, bu yüzden oyunuz gönderilmedi ve sayılmadı. Sunucu yeniden erişilebilir olduğunda tekrar deneyin.</translation>
    </message>
    <message>
        <source>The sign-in server is not answering, so the browser was not opened. Try again in a moment.</source>
        <translation>Oturum açma sunucusu yanıt vermiyor, bu yüzden tarayıcı açılmadı. Birazdan yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid, so nothing was sent to it. Check the server address in Settings, or try another network.</source>
        <translation>Sunucunun sertifikası geçerli değil, bu yüzden ona hiçbir şey gönderilmedi. Ayarlar’daki sunucu adresini kontrol edin ya da başka bir ağ deneyin.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your connection and try again.</source>
        <translation>Sunucuya ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The vote was not accepted.</source>
        <translation>Oy kabul edilmedi.</translation>
    </message>
    <message>
        <source>This service is no longer available from the Partner API.</source>
        <translation>Bu hizmet artık Partner API’de sunulmuyor.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Oturum açma iptal edildi.</translation>
    </message>
    <message>
        <source>Sign-in took too long: the browser never came back. Try again.</source>
        <translation>Oturum açma çok uzun sürdü: tarayıcı hiç geri dönmedi. Yeniden deneyin.</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only.</source>
        <translation>Oturum yalnızca bu çalışma süresince tutuluyor.</translation>
    </message>
    <message>
        <source>Access was not granted in the browser, so you are not signed in.</source>
        <translation>Tarayıcıda erişim izni verilmedi, bu yüzden oturum açılmadı.</translation>
    </message>
    <message>
        <source>The app could not listen for the browser&apos;s answer on this computer.</source>
        <translation>Uygulama bu bilgisayarda tarayıcının yanıtını bekleyemedi.</translation>
    </message>
    <message>
        <source>The server did not accept this app&apos;s client id or secret. Check them in Settings.</source>
        <translation>Sunucu bu uygulamanın istemci kimliğini ya da gizli anahtarını kabul etmedi. Bunları Ayarlar’dan kontrol edin.</translation>
    </message>
    <message>
        <source>Signing in failed. Please try again.</source>
        <translation>Oturum açılamadı. Lütfen yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server is busy right now. Wait a moment, then try again.</source>
        <translation>Sunucu şu anda meşgul. Biraz bekleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server had a problem answering. Try again in a moment.</source>
        <translation>Sunucu yanıt verirken bir sorun yaşadı. Birazdan yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot read (field %1).</source>
        <translation>Sunucu, uygulamanın okuyamadığı bir yanıt gönderdi (%1 alanı).</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Sunucu isteği reddetti.</translation>
    </message>
    <message>
        <source>The system keyring is not available; sign-in lasts for this session only.</source>
        <translation>Sistem anahtarlığı kullanılamıyor; oturum yalnızca bu çalışma süresince geçerli.</translation>
    </message>
    <message>
        <source>The system keyring could not be used.</source>
        <translation>Sistem anahtarlığı kullanılamadı.</translation>
    </message>
    <message>
        <source>The settings of this profile are incomplete.</source>
        <translation>Bu profilin ayarları eksik.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Bir sorun oluştu.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Beklenmeyen bir sorun oluştu. Ayrıntılar günlük dosyasında.</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Yakında</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapandı</translation>
    </message>
    <message>
        <source>Results out</source>
        <translation>Sonuçlar açıklandı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 g %2 sa</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 sa</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>Closes in %1</source>
        <translation>%1 içinde kapanıyor</translation>
    </message>
    <message>
        <source>Closes %1</source>
        <translation>%1 tarihinde kapanıyor</translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation>%1 içinde açılıyor</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>%1 tarihinde açılıyor</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 tarihinde kapandı</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
</context>
</TS>
