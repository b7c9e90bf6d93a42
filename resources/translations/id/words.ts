<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>words</name>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>'{filename}' is not a {value} file {name} accepts (allowed: {other})</source>
            <translation>'{filename}' bukan berkas {value} yang diterima {name} (yang diizinkan: {other})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>'{filename}' is {value}; {name} allows {kind_value} files up to {other}</source>
            <translation>'{filename}' berukuran {value}; {name} hanya menerima berkas {kind_value} sampai {other}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/zones.py" />
            <source>'{name}' is not a time zone</source>
            <translation>'{name}' bukan zona waktu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/zones.py" />
            <source>'{name}' is not a time zone (use a name like Asia/Jakarta, or +07:00)</source>
            <translation>'{name}' bukan zona waktu (pakai nama seperti Asia/Jakarta, atau +07:00)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/accounts.py" />
            <source>'{name}' is not a usable account name: {problem}</source>
            <translation>'{name}' tidak bisa dipakai sebagai nama akun: {problem}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>'{name}': Wasender sends documents of these types only: {value}</source>
            <translation>'{name}': Wasender hanya mengirim dokumen jenis ini: {value}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>'{number}' is a duplicate of row {first}</source>
            <translation>'{number}' sama dengan baris {first}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/phone.py" />
            <source>'{raw}' is not a phone number</source>
            <translation>'{raw}' bukan nomor HP</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/phone.py" />
            <source>'{raw}' is not a valid phone number</source>
            <translation>'{raw}' bukan nomor HP yang valid</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/spintax.py" />
            <source>'{shown}' at {where} is neither a choice like {{a|b}} nor a variable name (letters, digits, _ and spaces); write '{{' and '}}' for literal braces</source>
            <translation>'{shown}' di {where} bukan pilihan seperti {{a|b}} dan bukan nama variabel (huruf, angka, _ dan spasi); tulis '{{' dan '}}' untuk kurung kurawal biasa</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/accounts.py" />
            <source>'{sign}' cannot be in a name (letters, digits, spaces and {signs})</source>
            <translation>'{sign}' tidak boleh ada di nama (huruf, angka, spasi dan {signs})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>'{value}' is not a day of the week (mon, tue, wed, thu, fri, sat, sun)</source>
            <translation>'{value}' bukan nama hari (mon, tue, wed, thu, fri, sat, sun)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/spintax.py" />
            <source>'{{' at {where} is never closed (write '{{{{' for a literal brace)</source>
            <translation>'{{' di {where} tidak pernah ditutup (tulis '{{{{' untuk kurung kurawal biasa)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/risk.py" />
            <source>1 person gets a link in their first message from this device: WhatsApp often reports those as spam. Send a first message without a link.</source>
            <translation>1 orang menerima tautan di pesan pertamanya dari perangkat ini: WhatsApp sering menganggapnya spam. Kirim pesan pertama tanpa tautan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>A daily window without sending, like 21:00-07:00; empty for none</source>
            <translation>Rentang harian tanpa pengiriman, seperti 21:00-07:00; kosongkan jika tidak ada</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/jsonwa.py" />
            <location filename="../../../wadesk/providers/wacloud/info.py" />
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>API key</source>
            <translation>Kunci API</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/settings.py" />
            <source>Allow plain HTTP</source>
            <translation>Izinkan HTTP biasa</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>Callback address</source>
            <translation>Alamat callback</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>Callback port</source>
            <translation>Port callback</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/chatbot.py" />
            <source>Chatbot gateway: text, image/audio/document by URL, location, contact cards, to numbers and groups; QR pairing, number check, group list, delivery callbacks. Each customer has a host of their own (https://your-bot-address): give it as the account's API address.</source>
            <translation>Gateway Chatbot: teks, gambar/audio/dokumen lewat URL, lokasi, kartu kontak, ke nomor dan grup; hubungkan HP dengan kode QR, cek nomor, daftar grup, laporan kiriman (callback). Setiap pelanggan punya host sendiri (https://alamat-bot-anda): isikan sebagai alamat API akun.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/info.py" />
            <source>Created in the WACloud dashboard; it starts with waha_</source>
            <translation>Dibuat di dasbor WACloud; diawali dengan waha_</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>Delivery callbacks</source>
            <translation>Laporan kiriman (callback)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/info.py" />
            <source>Device ID</source>
            <translation>ID perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wablas.py" />
            <source>Device – Settings in the Wablas dashboard</source>
            <translation>Perangkat – Pengaturan di dasbor Wablas</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/risk.py" />
            <source>Everyone gets the very same text: WhatsApp may take it for spam. Add a variable such as {name}, or choices such as {Hello|Hi}, to vary it.</source>
            <translation>Semua penerima mendapat teks yang persis sama: WhatsApp bisa menganggapnya spam. Tambahkan variabel seperti {name}, atau pilihan seperti {Halo|Hai}, agar teksnya bervariasi.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>Friday</source>
            <translation>Jumat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>How fast a bulk send goes when no pace is given: safe (30–60 s apart, rests) or normal (8–15 s apart)</source>
            <translation>Seberapa cepat kiriman massal jika kecepatan tidak dipilih: aman (jeda 30–60 dtk, dengan istirahat) atau normal (jeda 8–15 dtk)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>Indonesian gateway: text, media by URL, quick-reply and call/URL buttons, lists, QR pairing.</source>
            <translation>Gateway Indonesia: teks, media lewat URL, tombol balas cepat dan telepon/URL, daftar, hubungkan HP dengan kode QR.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wablas.py" />
            <source>Indonesian gateway: text, media, groups, schedules, delivery reports.</source>
            <translation>Gateway Indonesia: teks, media, grup, jadwal, laporan kiriman.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>Monday</source>
            <translation>Senin</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wablas.py" />
            <source>Number-check host</source>
            <translation>Host cek nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>Phone region</source>
            <translation>Wilayah nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>QR pairing</source>
            <translation>menghubungkan HP dengan kode QR</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>Quiet hours</source>
            <translation>Jam tenang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>Receive delivery reports from gateways that call back (Chatbot, JSON WA, WACloud) while the window is open</source>
            <translation>Terima laporan kiriman dari gateway yang mengirim callback (Chatbot, JSON WA, WACloud) selama jendela terbuka</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>Saturday</source>
            <translation>Sabtu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>Seconds between delivery-status checks while messages are on their way</source>
            <translation>Detik antar-pengecekan status kiriman selama pesan masih dalam perjalanan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/chatbot.py" />
            <location filename="../../../wadesk/providers/wablas.py" />
            <source>Secret key</source>
            <translation>Kunci rahasia</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>Sender number</source>
            <translation>Nomor pengirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>Sending pace</source>
            <translation>Kecepatan kirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/settings.py" />
            <source>Sends this account's key unencrypted over http:// to another computer: only on a network you trust</source>
            <translation>Mengirim kunci akun ini tanpa enkripsi lewat http:// ke komputer lain: hanya di jaringan yang Anda percayai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wablas.py" />
            <source>Sent to the admin's WhatsApp number</source>
            <translation>Dikirim ke nomor WhatsApp admin</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/chatbot.py" />
            <source>Sent with every message: the Chatbot tells this address each time a message's status changes</source>
            <translation>Dikirim bersama setiap pesan: Chatbot memberi tahu alamat ini setiap kali status pesan berubah</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/chatbot.py" />
            <source>Status callback URL</source>
            <translation>URL callback status</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>Status check, longest wait</source>
            <translation>Cek status, jeda terpanjang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>Status check, shortest wait</source>
            <translation>Cek status, jeda terpendek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>Sunday</source>
            <translation>Minggu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/info.py" />
            <source>Text, image, video, document, poll, list and stored templates; devices, OTP, contacts, webhooks.</source>
            <translation>Teks, gambar, video, dokumen, polling, daftar dan templat tersimpan; perangkat, OTP, kontak, webhook.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/jsonwa.py" />
            <source>Text-only bulk gateway (up to 5 messages a request, optional gateway-side schedule, balance, tracking callbacks). Its host is given by the vendor; the caller's IP address must be registered.</source>
            <translation>Gateway kirim massal khusus teks (hingga 5 pesan per permintaan, jadwal di gateway bila perlu, saldo, callback pelacakan). Host-nya diberikan oleh penyedia; alamat IP pengirim harus didaftarkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/chatbot.py" />
            <source>The SecretKey of your Chatbot (sent as the 'secretkey' header)</source>
            <translation>SecretKey Chatbot Anda (dikirim sebagai header 'secretkey')</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>The connected WhatsApp number, international format without + (e.g. 62888…)</source>
            <translation>Nomor WhatsApp yang terhubung, format internasional tanpa + (mis. 62888…)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>The country of numbers written without a country code, like 0812… (two letters: ID, MY, SG, …)</source>
            <translation>Negara untuk nomor yang ditulis tanpa kode negara, seperti 0812… (dua huruf: ID, MY, SG, …)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/info.py" />
            <source>The device (session) that sends, e.g. 550e8400-e29b-41d4-a716-446655440000</source>
            <translation>Perangkat (sesi) yang mengirim, mis. 550e8400-e29b-41d4-a716-446655440000</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>The longest wait between checks when nothing changes (at least the shortest wait)</source>
            <translation>Jeda terpanjang antar-pengecekan jika tidak ada perubahan (minimal sama dengan jeda terpendek)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>The port on this computer the delivery-callback receiver listens on</source>
            <translation>Port di komputer ini tempat penerima callback laporan kiriman mendengarkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>The public address your tunnel gives the receiver (like https://….trycloudflare.com); empty for this computer</source>
            <translation>Alamat publik dari tunnel Anda untuk penerima (seperti https://….trycloudflare.com); kosongkan untuk komputer ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/jsonwa.py" />
            <source>The sender's WhatsApp ID, from the dashboard</source>
            <translation>ID WhatsApp pengirim, dari dasbor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>The window's language: auto follows this computer</source>
            <translation>Bahasa jendela: otomatis mengikuti komputer ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>Thursday</source>
            <translation>Kamis</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/settings.py" />
            <source>Time zone</source>
            <translation>Zona waktu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wablas.py" />
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>Tuesday</source>
            <translation>Selasa</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/jsonwa.py" />
            <source>Unique key for the user, from the dashboard</source>
            <translation>Kunci unik pengguna, dari dasbor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/adapter.py" />
            <source>WACloud created the device but gave no id</source>
            <translation>WACloud membuat perangkat tetapi tidak memberi ID-nya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/adapter.py" />
            <source>WACloud created the template but gave no id</source>
            <translation>WACloud membuat template tetapi tidak memberi ID-nya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/adapter.py" />
            <source>WACloud created the webhook but gave no id</source>
            <translation>WACloud membuat webhook tetapi tidak memberi ID-nya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/adapter.py" />
            <source>WACloud needs the device ID (setting device_id) of the device that sends</source>
            <translation>WACloud memerlukan ID perangkat (pengaturan device_id) dari perangkat pengirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/requests.py" />
            <source>WACloud polls take a single answer (the document has no multiple-answer option)</source>
            <translation>Polling WACloud hanya menerima satu jawaban (dokumennya tidak punya opsi banyak jawaban)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/adapter.py" />
            <source>WACloud returned no contact for '{contact_id}'</source>
            <translation>WACloud tidak mengembalikan kontak untuk '{contact_id}'</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/parsing.py" />
            <source>WACloud sent the OTP but gave no otp_id</source>
            <translation>WACloud mengirim OTP tetapi tidak memberi otp_id</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/requests.py" />
            <source>WACloud templates are stored text templates; they take no buttons</source>
            <translation>Template WACloud adalah teks tersimpan; tidak bisa memakai tombol</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/adapter.py" />
            <source>WACloud's OTP status answer carried no status</source>
            <translation>Jawaban status OTP dari WACloud tidak berisi status</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/parsing.py" />
            <source>WACloud's QR code is not a base64 data URI</source>
            <translation>Kode QR dari WACloud bukan data URI base64</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/parsing.py" />
            <source>WACloud's QR code is {mime}, not an image</source>
            <translation>Kode QR dari WACloud berjenis {mime}, bukan gambar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/parsing.py" />
            <source>WACloud's QR image is damaged (invalid base64: '{shown}')</source>
            <translation>Gambar QR dari WACloud rusak (base64 tidak valid: '{shown}')</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/parsing.py" />
            <source>WACloud's QR image is not a PNG picture</source>
            <translation>Gambar QR dari WACloud bukan gambar PNG</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/parsing.py" />
            <source>WACloud's answer is not the expected JSON object</source>
            <translation>Jawaban WACloud bukan objek JSON yang diharapkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/parsing.py" />
            <source>WACloud's pairing answer carried no QR code</source>
            <translation>Jawaban WACloud untuk menghubungkan HP tidak berisi kode QR</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/adapter.py" />
            <source>WACloud's preview carried no text</source>
            <translation>Pratinjau dari WACloud tidak berisi teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>Wasender cannot send {value} messages</source>
            <translation>Wasender tidak bisa mengirim pesan {value}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>Wasender has no stored templates: a template is text with call/URL buttons</source>
            <translation>Wasender tidak punya template tersimpan: template di sana adalah teks dengan tombol telepon/URL</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>Wasender sends a caption with images and videos only</source>
            <translation>Wasender hanya mengirim keterangan bersama gambar dan video</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>Wasender sends media by a direct public URL only</source>
            <translation>Wasender hanya mengirim media lewat URL publik langsung</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>Wednesday</source>
            <translation>Rabu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/jsonwa.py" />
            <source>WhatsApp ID</source>
            <translation>ID WhatsApp</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/settings.py" />
            <source>Where the phone is: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)… Empty: this computer's time zone</source>
            <translation>Lokasi HP: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)… Kosong: zona waktu komputer ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>Your API key from the Wasender dashboard</source>
            <translation>Kunci API Anda dari dasbor Wasender</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/adapter.py" />
            <source>a WACloud OTP code is {otp_digits} digits, not '{code}'</source>
            <translation>kode OTP WACloud terdiri dari {otp_digits} angka, bukan '{code}'</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/adapter.py" />
            <source>a WACloud device needs a name</source>
            <translation>perangkat WACloud perlu nama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/requests.py" />
            <source>a WACloud template message needs the template id</source>
            <translation>pesan template WACloud perlu ID template</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>a Wasender template needs at least one call or URL button</source>
            <translation>template Wasender perlu minimal satu tombol telepon atau URL</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>a button needs a label</source>
            <translation>tombol perlu label</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>a buttons message needs at least one button</source>
            <translation>pesan tombol perlu minimal satu tombol</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>a buttons message needs its text</source>
            <translation>pesan tombol perlu teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/accounts.py" />
            <source>a connection test (it has no read-only endpoint); send a message</source>
            <translation>tes koneksi (tidak ada endpoint yang hanya membaca); kirim sebuah pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/chatbot.py" />
            <source>a contact card message needs its contact</source>
            <translation>pesan kartu kontak perlu kontaknya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>a day of the month is for a monthly schedule only</source>
            <translation>tanggal hanya untuk jadwal bulanan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>a day of the week is Monday to Sunday</source>
            <translation>hari harus Senin sampai Minggu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/requests.py" />
            <source>a list message needs its title, button and rows</source>
            <translation>pesan daftar perlu judul, tombol, dan baris</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>a list needs a title</source>
            <translation>daftar perlu judul</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>a list needs at least one row</source>
            <translation>daftar perlu minimal satu baris</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>a list needs its text</source>
            <translation>daftar perlu teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>a list needs the text of its button</source>
            <translation>daftar perlu teks tombolnya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>a list option needs a title</source>
            <translation>pilihan daftar perlu judul</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/chatbot.py" />
            <source>a location message needs its coordinates</source>
            <translation>pesan lokasi perlu koordinat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>a location needs a latitude (-90…90) and a longitude (-180…180)</source>
            <translation>lokasi perlu lintang (-90…90) dan bujur (-180…180)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/accounts.py" />
            <source>a name has at most {most} characters; this one has {count}</source>
            <translation>nama paling banyak {most} karakter; nama ini {count} karakter</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/contact_list.py" />
            <source>a page starts at 0 or later and holds 0 or more contacts</source>
            <translation>halaman dimulai dari 0 atau lebih dan berisi 0 kontak atau lebih</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/requests.py" />
            <source>a poll needs a question and at least one option</source>
            <translation>polling perlu pertanyaan dan minimal satu pilihan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/requests.py" />
            <source>a poll needs a question and options</source>
            <translation>polling perlu pertanyaan dan pilihan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>a poll needs at least two options</source>
            <translation>polling perlu minimal dua pilihan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/series.py" />
            <source>a recurring schedule is held by wadesk: it cannot be handed to the gateway</source>
            <translation>jadwal berulang disimpan oleh wadesk: tidak bisa diserahkan ke gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/drafts.py" />
            <source>a saved message named '{value}' exists already</source>
            <translation>pesan tersimpan bernama '{value}' sudah ada</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/drafts.py" />
            <source>a saved message needs a name</source>
            <translation>pesan tersimpan perlu nama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/drafts.py" />
            <source>a saved message's name has at most {max_name} characters ({count} given)</source>
            <translation>nama pesan tersimpan paling banyak {max_name} karakter ({count} diberikan)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/tags.py" />
            <source>a tag name has at most {max_tag_name} characters ({count} given)</source>
            <translation>nama label paling banyak {max_tag_name} karakter ({count} diberikan)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/tags.py" />
            <source>a tag named '{value}' exists already</source>
            <translation>label bernama '{value}' sudah ada</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/tags.py" />
            <source>a tag needs a name</source>
            <translation>label perlu nama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>a template message needs its text</source>
            <translation>pesan template perlu teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/requests.py" />
            <source>a template message needs the template id</source>
            <translation>pesan template perlu ID template</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>a {low}–{high} min rest every {count}</source>
            <translation>istirahat {low}–{high} menit setiap {count} pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>a {value} message needs a file or a URL</source>
            <translation>pesan {value} perlu berkas atau URL</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>a {value} message needs its content</source>
            <translation>pesan {value} perlu isinya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>address</source>
            <translation>alamat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/recipients.py" />
            <source>already a recipient</source>
            <translation>sudah menjadi penerima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/plan.py" />
            <source>already a recipient (row {row})</source>
            <translation>sudah menjadi penerima (baris {row})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/accounts.py" />
            <location filename="../../../wadesk/store/accounts.py" />
            <source>an account named '{name}' already exists</source>
            <translation>akun bernama '{name}' sudah ada</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/accounts.py" />
            <source>an account needs a name</source>
            <translation>akun perlu nama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/compose.py" />
            <location filename="../../../wadesk/services/sending/recipients.py" />
            <source>an empty group id was given</source>
            <translation>ID grup yang diberikan kosong</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/errors.py" />
            <source>an unexpected error happened; the details are in the log file</source>
            <translation>terjadi kesalahan tak terduga; rinciannya ada di berkas log</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>another wadesk is sending from this data folder; it sends what is queued</source>
            <translation>wadesk lain sedang mengirim dari folder data ini; pesan yang menunggu dikirim olehnya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contacts.py" />
            <location filename="../../../wadesk/services/sending/recipients.py" />
            <source>asked not to be messaged</source>
            <translation>minta tidak dikirimi pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>at most {count} a day</source>
            <translation>maksimal {count} per hari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>being handed to {gateway}</source>
            <translation>sedang diserahkan ke {gateway}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>button '{label}': Wasender buttons are quick replies; send call/URL buttons as a template</source>
            <translation>tombol '{label}': tombol Wasender adalah balasan cepat; kirim tombol telepon/URL sebagai template</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>buttons</source>
            <translation>tombol</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>campaign {campaign_id} is paused: resume it first</source>
            <translation>kampanye {campaign_id} sedang dijeda: lanjutkan dulu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <location filename="../../../wadesk/store/outbox.py" />
            <source>campaign {campaign_id} was cancelled</source>
            <translation>kampanye {campaign_id} sudah dibatalkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>cancel it and schedule the new text instead</source>
            <translation>batalkan, lalu jadwalkan teks yang baru</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>cancelling messages</source>
            <translation>membatalkan pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>cancelling schedules on the gateway</source>
            <translation>membatalkan jadwal di gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/jsonwa.py" />
            <source>cancelling schedules on the gateway (its document has no endpoint for it)</source>
            <translation>membatalkan jadwal di gateway (dokumennya tidak punya endpoint untuk itu)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/db.py" />
            <source>cannot create the database {path}: {value}</source>
            <translation>tidak bisa membuat database {path}: {value}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/store.py" />
            <source>cannot create the wadesk data folder {home}: {value}</source>
            <translation>tidak bisa membuat folder data wadesk {home}: {value}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/db.py" />
            <source>cannot open the database {shown}: {error}</source>
            <translation>tidak bisa membuka database {shown}: {error}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_files/sources.py" />
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>cannot read {name}: {value}</source>
            <translation>tidak bisa membaca {name}: {value}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/receiver.py" />
            <source>cannot receive callbacks on {host}:{port}: {value}</source>
            <translation>tidak bisa menerima callback di {host}:{port}: {value}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/db.py" />
            <source>cannot write the database {path}: {value}</source>
            <translation>tidak bisa menulis database {path}: {value}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_files/export.py" />
            <location filename="../../../wadesk/services/table_files.py" />
            <source>cannot write {path}: {value}</source>
            <translation>tidak bisa menulis {path}: {value}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>caption</source>
            <translation>keterangan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <location filename="../../../wadesk/services/contacts.py" />
            <source>checking numbers</source>
            <translation>mengecek nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/devices.py" />
            <source>checking the connection without sending a message</source>
            <translation>mengecek koneksi tanpa mengirim pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>contacts</source>
            <translation>kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_source.py" />
            <source>contacts cannot be sorted by '{key}'</source>
            <translation>kontak tidak bisa diurutkan menurut '{key}'</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/http.py" />
            <source>could not reach the gateway ({value})</source>
            <translation>gateway tidak bisa dihubungi ({value})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/report_stats.py" />
            <source>count at least one day</source>
            <translation>hitung minimal satu hari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>days of the week are for a weekly schedule only</source>
            <translation>hari dalam seminggu hanya untuk jadwal mingguan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>deleting sent messages</source>
            <translation>menghapus pesan terkirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>delivery reports</source>
            <translation>laporan pengiriman</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>device information</source>
            <translation>informasi perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>disconnecting the device</source>
            <translation>memutuskan perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wablas.py" />
            <source>editing scheduled media (cancel it and schedule again)</source>
            <translation>mengubah media terjadwal (batalkan lalu jadwalkan lagi)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>editing schedules on the gateway</source>
            <translation>mengubah jadwal di gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/jsonwa.py" />
            <source>editing schedules on the gateway (its document has no endpoint for it)</source>
            <translation>mengubah jadwal di gateway (dokumennya tidak punya endpoint untuk itu)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>every day</source>
            <translation>setiap hari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>every month on the last day</source>
            <translation>setiap bulan pada hari terakhir</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>every month on the {day}nd</source>
            <translation>setiap bulan pada tanggal {day}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>every month on the {day}rd</source>
            <translation>setiap bulan pada tanggal {day}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>every month on the {day}st</source>
            <translation>setiap bulan pada tanggal {day}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>every month on the {day}th</source>
            <translation>setiap bulan pada tanggal {day}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>every {days}</source>
            <translation>setiap {days}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>give an end date or a number of times, not both</source>
            <translation>isi tanggal berakhir atau jumlah kali, jangan keduanya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/messages.py" />
            <source>give messages of one account at a time</source>
            <translation>berikan pesan dari satu akun saja sekaligus</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/accounts.py" />
            <source>give the account a name</source>
            <translation>beri nama akun</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_files/importer.py" />
            <source>holds a NUL character (a zero byte): the file is damaged or not a text file</source>
            <translation>berisi karakter NUL (byte nol): berkasnya rusak atau bukan berkas teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/calendar.py" />
            <source>in wadesk — repeats {rule}</source>
            <translation>di wadesk — berulang {rule}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>in wadesk — sent while wadesk runs</source>
            <translation>di wadesk — dikirim selama wadesk berjalan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>it goes out as planned</source>
            <translation>pesan tetap dikirim sesuai rencana</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/spintax.py" />
            <source>line {line}, column {column}</source>
            <translation>baris {line}, kolom {column}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>list option '{title}': Wasender list options are plain text, no descriptions</source>
            <translation>pilihan daftar '{title}': pilihan daftar Wasender hanya teks biasa, tanpa deskripsi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>list rows</source>
            <translation>baris daftar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>listing groups</source>
            <translation>menampilkan daftar grup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>listing schedules on the gateway</source>
            <translation>menampilkan daftar jadwal di gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/recipients.py" />
            <source>local group '{tag}': this wadesk keeps no local groups</source>
            <translation>grup lokal '{tag}': wadesk ini tidak menyimpan grup lokal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>looking messages up by reference</source>
            <translation>mencari pesan berdasarkan referensi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/secrets.py" />
            <source>macOS did not let wadesk use its keys in the Keychain ({error}). Try again, and when macOS asks, type your login password and click Always Allow (see 'macOS: asked for the Keychain password again' in wadesk's README)</source>
            <translation>macOS tidak mengizinkan wadesk memakai kuncinya di Keychain ({error}). Coba lagi, dan saat macOS bertanya, ketik kata sandi login Anda lalu klik Always Allow (lihat 'macOS: asked for the Keychain password again' di README wadesk)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wablas.py" />
            <source>media messages without a file or URL</source>
            <translation>pesan media tanpa berkas atau URL</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/body.py" />
            <source>message '{ref_id}' has extra data that cannot be stored: {error}</source>
            <translation>pesan '{ref_id}' punya data tambahan yang tidak bisa disimpan: {error}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/body.py" />
            <source>message {id} has an unreadable body: {error}</source>
            <translation>isi pesan {id} tidak bisa dibaca: {error}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>message {id} is a {value} message, which has no text to change</source>
            <translation>pesan {id} adalah pesan {value}, tidak ada teks yang bisa diubah</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>message {id} is being handed to {name} right now; try again</source>
            <translation>pesan {id} sedang diserahkan ke {name}; coba lagi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>message {id} is due now: {name} may be sending it already</source>
            <translation>pesan {id} sudah waktunya: {name} mungkin sedang mengirimnya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>message {id} is held by {name}, which cannot cancel a schedule: it goes out as planned</source>
            <translation>pesan {id} disimpan oleh {name}, yang tidak bisa membatalkan jadwal: pesan tetap dikirim sesuai rencana</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>message {id} is held by {name}, which cannot change the text of a schedule it holds: {then}</source>
            <translation>pesan {id} disimpan oleh {name}, yang tidak bisa mengubah teks jadwal yang disimpannya: {then}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>message {id} is held by {name}, which cannot move a schedule: it goes out as planned</source>
            <translation>pesan {id} disimpan oleh {name}, yang tidak bisa memindahkan jadwal: pesan tetap dikirim sesuai rencana</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/outbox.py" />
            <source>message {id} is of the removed account '{value}': it is not sent again</source>
            <translation>pesan {id} milik akun '{value}' yang sudah dihapus: tidak dikirim lagi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>message {id} is {value} now, not scheduled: its text stayed</source>
            <translation>pesan {id} sekarang berstatus {value}, bukan terjadwal: teksnya tidak berubah</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>message {id} is {value}, not scheduled</source>
            <translation>pesan {id} berstatus {value}, bukan terjadwal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>message {id} is {value}, not scheduled: its text cannot change</source>
            <translation>pesan {id} berstatus {value}, bukan terjadwal: teksnya tidak bisa diubah</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/body.py" />
            <source>message {message_id} has an unreadable body: not a JSON object</source>
            <translation>isi pesan {message_id} tidak bisa dibaca: bukan objek JSON</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/body.py" />
            <source>message {message_id} has an unreadable body: {error}</source>
            <translation>isi pesan {message_id} tidak bisa dibaca: {error}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/outbox.py" />
            <source>message {message_id} is not a missed schedule</source>
            <translation>pesan {message_id} bukan jadwal yang terlewat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/outbox.py" />
            <source>message {message_id} is {value}, not uncertain</source>
            <translation>pesan {message_id} berstatus {value}, bukan perlu dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/messages.py" />
            <source>message(s) {value} never reached the gateway</source>
            <translation>pesan {value} tidak pernah sampai ke gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/history.py" />
            <source>messages cannot be sorted by '{key}'</source>
            <translation>pesan tidak bisa diurutkan menurut '{key}'</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/outbox.py" />
            <source>missed schedule skipped</source>
            <translation>jadwal terlewat dilewati</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>missed: it was due while wadesk was closed</source>
            <translation>terlewat: waktunya tiba saat wadesk ditutup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>name</source>
            <translation>nama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>name and address</source>
            <translation>nama dan alamat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/errors.py" />
            <source>no account named '{name}'</source>
            <translation>tidak ada akun bernama '{name}'</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/accounts.py" />
            <source>no account named '{name}'; did you mean '{account_name}'? (names must match)</source>
            <translation>tidak ada akun bernama '{name}'; maksud Anda '{account_name}'? (nama harus sama persis)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/accounts.py" />
            <location filename="../../../wadesk/store/groups.py" />
            <location filename="../../../wadesk/store/messages.py" />
            <source>no account with id {account_id}</source>
            <translation>tidak ada akun dengan ID {account_id}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/outbox.py" />
            <source>no campaign with id {campaign_id}</source>
            <translation>tidak ada kampanye dengan ID {campaign_id}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/recipients.py" />
            <source>no contact is in the group '{tag}'</source>
            <translation>tidak ada kontak di grup '{tag}'</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/planner.py" />
            <source>no device to send from: choose an account</source>
            <translation>tidak ada perangkat untuk mengirim: pilih akun</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/series.py" />
            <source>no message to send</source>
            <translation>tidak ada pesan untuk dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/messages.py" />
            <source>no message with id {message_id}</source>
            <translation>tidak ada pesan dengan ID {message_id}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>no pacing</source>
            <translation>tanpa pengaturan kecepatan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_files/importer.py" />
            <location filename="../../../wadesk/services/recipient_columns.py" />
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>no phone number</source>
            <translation>tidak ada nomor HP</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/recipients.py" />
            <source>no recipient is left to send to</source>
            <translation>tidak ada penerima tersisa untuk dikirimi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/compose.py" />
            <source>no recipient: add a number or a group</source>
            <translation>belum ada penerima: tambahkan nomor atau grup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/recipients.py" />
            <source>no recipient: add a number, a group or a file</source>
            <translation>belum ada penerima: tambahkan nomor, grup, atau berkas</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/drafts.py" />
            <source>no saved message named '{value}'</source>
            <translation>tidak ada pesan tersimpan bernama '{value}'</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/compose.py" />
            <source>no such file: '{value}'</source>
            <translation>berkas tidak ditemukan: '{value}'</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/contact_list.py" />
            <location filename="../../../wadesk/store/tags.py" />
            <source>no tag named '{value}'</source>
            <translation>tidak ada label bernama '{value}'</translation>
        </message>
        <message>
            <location filename="../../../wadesk/secrets.py" />
            <source>no working keyring was found, so wadesk cannot store API keys safely. On a Linux desktop, install and unlock a Secret Service (GNOME Keyring: 'sudo apt install gnome-keyring', or KWallet) and log in to a desktop session. On a server or without a desktop session, run wadesk in a D-Bus session with GNOME Keyring unlocked: see 'Linux without a keyring service' in wadesk's README. wadesk never stores secrets in plain text.</source>
            <translation>tidak ditemukan brankas kunci sistem (keyring) yang berfungsi, jadi wadesk tidak bisa menyimpan kunci API dengan aman. Di desktop Linux, pasang dan buka kunci Secret Service (GNOME Keyring: 'sudo apt install gnome-keyring', atau KWallet) lalu masuk ke sesi desktop. Di server atau tanpa sesi desktop, jalankan wadesk dalam sesi D-Bus dengan GNOME Keyring terbuka: lihat 'Linux without a keyring service' di README wadesk. wadesk tidak pernah menyimpan data rahasia sebagai teks biasa.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/spintax.py" />
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>not a {name} delivery report</source>
            <translation>bukan laporan pengiriman {name}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>not a {name} delivery report: {error}</source>
            <translation>bukan laporan pengiriman {name}: {error}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contacts.py" />
            <source>not in the address book: {value}</source>
            <translation>tidak ada di buku alamat: {value}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/recipients.py" />
            <source>not on WhatsApp (a number check said so)</source>
            <translation>tidak terdaftar di WhatsApp (menurut cek nomor)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>on {gateway}</source>
            <translation>di {gateway}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>on {gateway} (cannot be cancelled or moved)</source>
            <translation>di {gateway} (tidak bisa dibatalkan atau dipindah)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>on {gateway} (cannot be cancelled)</source>
            <translation>di {gateway} (tidak bisa dibatalkan)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>on {gateway} (cannot be moved)</source>
            <translation>di {gateway} (tidak bisa dipindah)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/planner.py" />
            <source>only a schedule can be held by the gateway</source>
            <translation>hanya pesan terjadwal yang bisa disimpan oleh gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>pacing: '{part}' is not a setting like key=value</source>
            <translation>kecepatan kirim: '{part}' bukan pengaturan seperti kunci=nilai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>pacing: '{part}': {reason}</source>
            <translation>kecepatan kirim: '{part}': {reason}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>pacing: '{tz}' is not a time zone</source>
            <translation>kecepatan kirim: '{tz}' bukan zona waktu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>pacing: daily cap must be 1 or more (got '{daily_cap}')</source>
            <translation>kecepatan kirim: batas harian minimal 1 (diisi '{daily_cap}')</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>pacing: max delay ({value} s) is below min delay ({other} s)</source>
            <translation>kecepatan kirim: jeda maksimal ({value} dtk) lebih kecil dari jeda minimal ({other} dtk)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>pacing: max rest ({value} s) is below min rest ({other} s)</source>
            <translation>kecepatan kirim: istirahat maksimal ({value} dtk) lebih kecil dari istirahat minimal ({other} dtk)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>pacing: nothing given; use safe, normal or none, or settings like min=5,max=10</source>
            <translation>kecepatan kirim: belum diisi; pakai safe, normal atau none, atau pengaturan seperti min=5,max=10</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>pacing: quiet hours must start and end at different times</source>
            <translation>kecepatan kirim: jam tenang harus mulai dan selesai di jam yang berbeda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>pacing: quiet hours need both a start and an end</source>
            <translation>kecepatan kirim: jam tenang perlu jam mulai dan jam selesai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>pacing: rest_every must be 1 or more (got '{rest_every}')</source>
            <translation>kecepatan kirim: rest_every minimal 1 (diisi '{rest_every}')</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>pacing: unknown preset '{value}'; use safe, normal or none, or settings like min=5,max=10</source>
            <translation>kecepatan kirim: pilihan '{value}' tidak dikenal; pakai safe, normal atau none, atau pengaturan seperti min=5,max=10</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>pacing: {what} must be a number of seconds, 0 or more (got '{value}')</source>
            <translation>kecepatan kirim: {what} harus berupa jumlah detik, 0 atau lebih (diisi '{value}')</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/series.py" />
            <source>passed while wadesk was closed, before the last 12 that did: not sent</source>
            <translation>terlewat saat wadesk ditutup, sebelum 12 jadwal terakhir yang terlewat: tidak dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>quiet {start}–{end}</source>
            <translation>jam tenang {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/series.py" />
            <source>recurring schedule {series_id} was cancelled: make a new one</source>
            <translation>jadwal berulang {series_id} sudah dibatalkan: buat yang baru</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>resending messages</source>
            <translation>mengirim ulang pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>restarting the device</source>
            <translation>memulai ulang perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/backup.py" />
            <source>restored from a backup: it may have been sent after the backup was made</source>
            <translation>dipulihkan dari cadangan: mungkin sudah terkirim setelah cadangan dibuat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/campaigns.py" />
            <source>row {line}</source>
            <translation>baris {line}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>row {line}: {reason}</source>
            <translation>baris {line}: {reason}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/plan.py" />
            <source>row {row}</source>
            <translation>baris {row}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>saving contacts</source>
            <translation>menyimpan kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>scheduling on the gateway</source>
            <translation>menjadwalkan di gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <location filename="../../../wadesk/providers/wacloud/requests.py" />
            <source>sending local files (give a public URL instead)</source>
            <translation>mengirim berkas dari komputer (isi URL publik saja)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>sending messages</source>
            <translation>mengirim pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>sending to WhatsApp groups</source>
            <translation>mengirim ke grup WhatsApp</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/outbox.py" />
            <source>sent late on request</source>
            <translation>dikirim terlambat atas permintaan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/settings.py" />
            <source>setting '{name}' is {kind}</source>
            <translation>pengaturan '{name}' berjenis {kind}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>showing the balance</source>
            <translation>menampilkan saldo</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>status callbacks</source>
            <translation>callback status</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>template button '{label}' needs a label and a number or link</source>
            <translation>tombol template '{label}' perlu label dan nomor atau tautan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>template button '{label}': '|' cannot appear in a label or value</source>
            <translation>tombol template '{label}': '|' tidak boleh ada di label atau nilai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>template button '{label}': Wasender templates take call and URL buttons</source>
            <translation>tombol template '{label}': template Wasender hanya menerima tombol telepon dan URL</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>template buttons</source>
            <translation>tombol template</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>text</source>
            <translation>teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/devices.py" />
            <source>that account no longer exists</source>
            <translation>akun itu sudah tidak ada</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/adapter.py" />
            <source>the OTP expiry must be at least one minute</source>
            <translation>masa berlaku OTP minimal satu menit</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>the QR code image in the gateway's answer could not be decoded</source>
            <translation>gambar kode QR dalam jawaban gateway tidak bisa dibaca</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>the Wasender account has no sender number (setting 'sender')</source>
            <translation>akun Wasender belum punya nomor pengirim (pengaturan 'sender')</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/accounts.py" />
            <source>the account '{name}' was removed: it sends nothing</source>
            <translation>akun '{name}' sudah dihapus: tidak mengirim apa pun</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/accounts.py" />
            <source>the account was removed while this was being sent: it may have arrived</source>
            <translation>akun dihapus saat pesan ini sedang dikirim: pesan mungkin sudah sampai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/campaigns.py" />
            <source>the campaign has no recipients</source>
            <translation>kampanye ini tidak punya penerima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/http.py" />
            <source>the connection to the gateway broke ({value})</source>
            <translation>koneksi ke gateway terputus ({value})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/db.py" />
            <source>the database {path} cannot be read or written ({error}): is the disk failing or gone?</source>
            <translation>database {path} tidak bisa dibaca atau ditulis ({error}): apakah disknya rusak atau terlepas?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/db.py" />
            <source>the database {path} is a folder, not a file: move it out of the way</source>
            <translation>database {path} adalah folder, bukan berkas: pindahkan folder itu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/db.py" />
            <source>the database {path} is busy: {who} has kept it locked for more than {value} s; try again when it is done</source>
            <translation>database {path} sedang sibuk: {who} menguncinya lebih dari {value} dtk; coba lagi setelah selesai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/db.py" />
            <source>the database {path} is damaged ({error}); {value}</source>
            <translation>database {path} rusak ({error}); {value}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/db.py" />
            <source>the database {path} is empty (0 bytes): it was cut short, e.g. by a full disk. wadesk will not start again from nothing by itself; {value}</source>
            <translation>database {path} kosong (0 byte): penulisannya terpotong, misalnya karena disk penuh. wadesk tidak akan memulai dari nol dengan sendirinya; {value}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wacloud/parsing.py" />
            <source>the device is already paired (status connected)</source>
            <translation>perangkat sudah terhubung (status connected)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/chatbot.py" />
            <source>the device is already paired with WhatsApp{who}</source>
            <translation>perangkat sudah terhubung dengan WhatsApp{who}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/db.py" />
            <source>the disk holding {parent} is full: wadesk cannot write its database; free some space</source>
            <translation>disk tempat {parent} penuh: wadesk tidak bisa menulis database-nya; kosongkan sebagian ruang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>the end date {until} is before the start {start}</source>
            <translation>tanggal berakhir {until} lebih awal dari tanggal mulai {start}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/http.py" />
            <source>the gateway answered (HTTP {status}) but {unread}; it may have taken the request</source>
            <translation>gateway menjawab (HTTP {status}) tetapi {unread}; permintaan mungkin sudah diterima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/http.py" />
            <source>the gateway did not answer in time ({value})</source>
            <translation>gateway tidak menjawab tepat waktu ({value})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>the gateway did not mention it</source>
            <translation>gateway tidak menyebut pesan ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/chatbot.py" />
            <source>the gateway gave no QR code</source>
            <translation>gateway tidak memberi kode QR</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wablas.py" />
            <source>the gateway gave no schedule id</source>
            <translation>gateway tidak memberi ID jadwal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/governor.py" />
            <source>the gateway says the device is connected</source>
            <translation>menurut gateway, perangkat terhubung</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/governor.py" />
            <source>the gateway says the device is disconnected</source>
            <translation>menurut gateway, perangkat terputus</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/governor.py" />
            <source>the gateway says the device is not connected</source>
            <translation>menurut gateway, perangkat tidak terhubung</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/governor.py" />
            <source>the gateway says the device is pairing</source>
            <translation>menurut gateway, perangkat sedang dihubungkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/governor.py" />
            <source>the gateway says the device is unknown</source>
            <translation>menurut gateway, status perangkat tidak diketahui</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>the gateway was still preparing the QR code after {qr_timeout} s; try again later</source>
            <translation>gateway masih menyiapkan kode QR setelah {qr_timeout} dtk; coba lagi nanti</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wasender.py" />
            <source>the gateway's QR answer is not an object</source>
            <translation>jawaban QR dari gateway bukan objek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/jsonwa.py" />
            <source>the gateway's answer has no {what}: '{snippet}'</source>
            <translation>jawaban gateway tidak berisi {what}: '{snippet}'</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/http.py" />
            <source>the gateway's answer is not valid data: '{snippet}'</source>
            <translation>jawaban gateway bukan data yang valid: '{snippet}'</translation>
        </message>
        <message>
            <location filename="../../../wadesk/secrets.py" />
            <source>the keyring backend could not be loaded ({error}); {how_to_fix}</source>
            <translation>brankas kunci sistem (keyring) tidak bisa dimuat ({error}); {how_to_fix}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/accounts.py" />
            <source>the keyring holds no {value} for account '{name}'; remove the account and add it again</source>
            <translation>brankas kunci sistem (keyring) tidak menyimpan {value} untuk akun '{name}'; hapus akun itu lalu tambahkan lagi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/secrets.py" />
            <source>the keyring is locked and was not unlocked ({error}): unlock it in the desktop session, or give its right password (see 'Linux without a keyring service' in wadesk's README)</source>
            <translation>brankas kunci sistem (keyring) terkunci dan tidak dibuka ({error}): buka kuncinya di sesi desktop, atau berikan kata sandinya yang benar (lihat 'Linux without a keyring service' di README wadesk)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/secrets.py" />
            <source>the keyring refused to delete a secret: {error}</source>
            <translation>brankas kunci sistem (keyring) menolak menghapus data rahasia: {error}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/secrets.py" />
            <source>the keyring refused to give the secret: {error}. {how_to_fix}</source>
            <translation>brankas kunci sistem (keyring) menolak memberikan data rahasia: {error}. {how_to_fix}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/secrets.py" />
            <source>the keyring refused to store the secret: {error}</source>
            <translation>brankas kunci sistem (keyring) menolak menyimpan rahasia: {error}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/secrets.py" />
            <source>the keyring refused to store the secret: {error}. {how_to_fix}</source>
            <translation>brankas kunci sistem (keyring) menolak menyimpan data rahasia: {error}. {how_to_fix}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>the message text is empty</source>
            <translation>teks pesan kosong</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>the number of times must be at least 1</source>
            <translation>jumlah kali minimal 1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>the pasted picture could not be saved in {folder}</source>
            <translation>gambar yang ditempel tidak bisa disimpan di {folder}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/service.py" />
            <source>the plan has no message to send</source>
            <translation>rencana ini tidak punya pesan untuk dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/series.py" />
            <source>the recipients of this recurring schedule cannot be read</source>
            <translation>penerima jadwal berulang ini tidak bisa dibaca</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/http.py" />
            <source>the request could not be built ({value})</source>
            <translation>permintaan tidak bisa dibuat ({value})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/http.py" />
            <source>the request could not be sent as it is ({value})</source>
            <translation>permintaan tidak bisa dikirim apa adanya ({value})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/http.py" />
            <source>the request was not sent: its {name} header holds U+{value} ({what}), which HTTP cannot carry — usually an invisible character pasted with the key; enter the key again in the account's settings</source>
            <translation>permintaan tidak dikirim: header {name} berisi U+{value} ({what}), yang tidak bisa dibawa HTTP — biasanya karakter tak terlihat yang ikut tertempel bersama kunci; masukkan lagi kuncinya di pengaturan akun</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/http.py" />
            <source>the request was not sent: {host} is reached over plain HTTP, so the key would cross the network unencrypted; use an https:// address, or allow plain HTTP for this account ({allow_http}=yes)</source>
            <translation>permintaan tidak dikirim: {host} dihubungi lewat HTTP biasa, jadi kunci akan melewati jaringan tanpa enkripsi; pakai alamat https://, atau izinkan HTTP biasa untuk akun ini ({allow_http}=yes)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/demo.py" />
            <source>the simulator cannot pair this account's phone</source>
            <translation>simulator tidak bisa menghubungkan HP akun ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/demo.py" />
            <source>the simulator did not pair the phone: {error}</source>
            <translation>simulator tidak menghubungkan HP: {error}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>the text is {length} characters; {name} needs at least {min_text}</source>
            <translation>teksnya {length} karakter; {name} memerlukan minimal {min_text}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>the text of message {id} cannot change now: it is {text}</source>
            <translation>teks pesan {id} tidak bisa diubah sekarang: pesan itu {text}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>the time {at} has already passed</source>
            <translation>waktu {at} sudah lewat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wablas.py" />
            <source>the upload gave no URL</source>
            <translation>unggahan tidak menghasilkan URL</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/chatbot.py" />
            <source>the webhook request carries a wrong webhook key</source>
            <translation>permintaan webhook membawa kunci webhook yang salah</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/chatbot.py" />
            <source>the webhook request carries no keyword</source>
            <translation>permintaan webhook tidak membawa kata kunci</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>the {what} is {length} characters; {name} allows at most {max_text}</source>
            <translation>{what} berisi {length} karakter; {name} hanya mengizinkan maksimal {max_text}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/series.py" />
            <source>there is no recurring schedule {series_id}</source>
            <translation>tidak ada jadwal berulang {series_id}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contacts.py" />
            <source>this contact is no longer in the address book</source>
            <translation>kontak ini sudah tidak ada di buku alamat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/secrets.py" />
            <source>this copy of wadesk cannot reach it: install wadesk again from its download page. wadesk never stores secrets in plain text</source>
            <translation>salinan wadesk ini tidak dapat menjangkaunya: pasang ulang wadesk dari halaman unduhannya. wadesk tidak pernah menyimpan rahasia sebagai teks biasa</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/drafts.py" />
            <source>this draft cannot be kept: {error}</source>
            <translation>draf ini tidak bisa disimpan: {error}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/service.py" />
            <source>this plan was sent already: make a new plan to send it again</source>
            <translation>rencana ini sudah dikirim: buat rencana baru untuk mengirimnya lagi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_files/importer.py" />
            <source>this row and those after it: wadesk imports up to {count} rows of a file; split it</source>
            <translation>baris ini dan setelahnya: wadesk mengimpor maksimal {count} baris per berkas; pecah berkasnya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>uncertain: {gateway} may hold it</source>
            <translation>perlu dicek: mungkin disimpan oleh {gateway}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/registry.py" />
            <source>unknown provider '{provider_id}' (known: {known})</source>
            <translation>penyedia '{provider_id}' tidak dikenal (yang dikenal: {known})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/settings.py" />
            <source>unknown setting '{name}' (known: {known})</source>
            <translation>pengaturan '{name}' tidak dikenal (yang dikenal: {known})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/spintax.py" />
            <source>unknown variable {unknown}; available: {offered}</source>
            <translation>variabel {unknown} tidak dikenal; yang tersedia: {offered}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/spintax.py" />
            <source>unknown variables {unknown}; available: {offered}</source>
            <translation>variabel {unknown} tidak dikenal; yang tersedia: {offered}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/spintax.py" />
            <source>unmatched '}}' at {where} (write '}}}}' for a literal brace)</source>
            <translation>'}}' tanpa pasangan di {where} (tulis '}}}}' untuk kurung kurawal biasa)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/spintax.py" />
            <source>unmatched '}}' at {where} (write '}}}}' for a literal brace; '{{{{' is a literal brace too, so start a choice with text, e.g. {{c|{{a|b}}}})</source>
            <translation>'}}' tanpa pasangan di {where} (tulis '}}}}' untuk kurung kurawal biasa; '{{{{' juga kurung kurawal biasa, jadi awali pilihan dengan teks, misalnya {{c|{{a|b}}}})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>uploading local files</source>
            <translation>mengunggah berkas dari komputer</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wablas.py" />
            <source>uploading without a local file</source>
            <translation>mengunggah tanpa berkas dari komputer</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recovery.py" />
            <source>wadesk stopped while sending: the gateway may have it — send again or mark as sent</source>
            <translation>wadesk berhenti saat mengirim: mungkin pesan sudah ada di gateway — kirim lagi atau tandai terkirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>waiting to be handed to {gateway}</source>
            <translation>menunggu diserahkan ke {gateway}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/secrets.py" />
            <source>{backend} could not be used ({error}); {fix}</source>
            <translation>{backend} tidak dapat dipakai ({error}); {fix}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/campaigns.py" />
            <location filename="../../../wadesk/services/sending/plan.py" />
            <source>{count} message(s) cannot be sent:
{rows}</source>
            <translation>{count} pesan tidak bisa dikirim:
{rows}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/risk.py" />
            <source>{count} of {listed} numbers are not on WhatsApp (they are left out): many such numbers in one list look like a bought list to WhatsApp. Send to people who gave you their number.</source>
            <translation>{count} dari {listed} nomor tidak terdaftar di WhatsApp (dilewati): banyak nomor seperti ini dalam satu daftar terlihat seperti daftar beli bagi WhatsApp. Kirim ke orang yang memberikan nomornya kepada Anda.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/risk.py" />
            <source>{count} people get a link in their first message from this device: WhatsApp often reports those as spam. Send a first message without a link.</source>
            <translation>{count} orang menerima tautan di pesan pertamanya dari perangkat ini: WhatsApp sering menganggapnya spam. Kirim pesan pertama tanpa tautan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/campaigns.py" />
            <location filename="../../../wadesk/services/sending/plan.py" />
            <source>{count} row(s) of the recipient file cannot be used; fix them and try again:
{rows}</source>
            <translation>{count} baris di berkas penerima tidak bisa dipakai; perbaiki lalu coba lagi:
{rows}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>{count} {what} given; {name} allows at most {cap}</source>
            <translation>{count} {what} diberikan; {name} hanya mengizinkan maksimal {cap}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>{day} is not a day of the month: give 1 to 31, or the last day</source>
            <translation>{day} bukan tanggal: isi 1 sampai 31, atau hari terakhir</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/words.py" />
            <source>{first}
{rest}</source>
            <translation>{first}
{rest}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>{first} and {last}</source>
            <translation>{first} dan {last}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <location filename="../../../wadesk/domain/words.py" />
            <source>{first}, {rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/errors.py" />
            <source>{gateway} does not support {what}</source>
            <translation>{gateway} tidak mendukung {what}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/settings.py" />
            <source>{key}: {reason}</source>
            <translation>{key}: {reason}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <location filename="../../../wadesk/providers/chatbot.py" />
            <location filename="../../../wadesk/providers/wacloud/requests.py" />
            <source>{kind} messages</source>
            <translation>pesan {kind}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/wablas.py" />
            <source>{kind} messages without their content</source>
            <translation>pesan {kind} tanpa isinya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/settings.py" />
            <source>{label} ({name}) is required</source>
            <translation>{label} ({name}) wajib diisi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/settings.py" />
            <source>{label} ({name}): {error}</source>
            <translation>{label} ({name}): {error}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/settings.py" />
            <source>{label} ({name}): {what} is not in the expected form</source>
            <translation>{label} ({name}): {what} tidak sesuai format</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>{low}–{high} s between messages</source>
            <translation>jeda {low}–{high} dtk antarpesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>{name} cannot hold a schedule itself</source>
            <translation>{name} tidak bisa menyimpan jadwal sendiri</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/outbox.py" />
            <source>{name} cannot hold a schedule itself; wadesk can (it sends it when due)</source>
            <translation>{name} tidak bisa menyimpan jadwal sendiri; wadesk bisa (wadesk mengirimnya saat waktunya tiba)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>{name} does not report delivery by calling back</source>
            <translation>{name} tidak melaporkan status pengiriman lewat callback</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/receiver.py" />
            <source>{name} does not report delivery by calling back: no URL to give it</source>
            <translation>{name} tidak melaporkan status pengiriman lewat callback: tidak ada URL yang perlu diberikan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pairing_flow.py" />
            <source>{name} gave a QR code wadesk cannot show</source>
            <translation>{name} memberi kode QR yang tidak bisa ditampilkan wadesk</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name} has a header row but no recipients</source>
            <translation>{name} punya baris judul tetapi tidak ada penerima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_files/sources.py" />
            <source>{name} has more than {max_columns} columns</source>
            <translation>{name} punya lebih dari {max_columns} kolom</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name} has more than {max_columns} columns; keep the phone column and those you use</source>
            <translation>{name} punya lebih dari {max_columns} kolom; sisakan kolom nomor HP dan kolom yang Anda pakai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_files/sources.py" />
            <location filename="../../../wadesk/services/recipient_columns.py" />
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name} has more than {max_rows} rows; split it into files of at most {max_rows}</source>
            <translation>{name} punya lebih dari {max_rows} baris; pecah menjadi beberapa berkas berisi maksimal {max_rows} baris</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name} has no phone number column: name one phone, number, nomor, no_hp, hp, whatsapp or wa (the first row holds {listed})</source>
            <translation>{name} tidak punya kolom nomor HP: beri salah satu kolom judul phone, number, nomor, no_hp, hp, whatsapp atau wa (baris pertama berisi {listed})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/accounts.py" />
            <source>{name} has no public address: give the base URL of your gateway</source>
            <translation>{name} tidak punya alamat publik: isi URL dasar gateway Anda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipient_columns.py" />
            <source>{name} has no such column</source>
            <translation>{name} tidak punya kolom itu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_files/sources.py" />
            <source>{name} holds more than {max_rows} contacts; split it</source>
            <translation>{name} berisi lebih dari {max_rows} kontak; pecah berkasnya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_files/vcard.py" />
            <source>{name} holds no contact card (BEGIN:VCARD … END:VCARD); is it a vCard file?</source>
            <translation>{name} tidak berisi kartu kontak (BEGIN:VCARD … END:VCARD); apakah ini berkas vCard?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_files/sources.py" />
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name} is empty</source>
            <translation>{name} kosong</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name} is not UTF-8: it was read as {encoding}; check that names look right</source>
            <translation>{name} bukan UTF-8: dibaca sebagai {encoding}; periksa apakah nama-nama tampil dengan benar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_files/vcard.py" />
            <source>{name} is not a text file wadesk can read</source>
            <translation>{name} bukan berkas teks yang bisa dibaca wadesk</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name} is not a text file wadesk can read; save it as CSV UTF-8</source>
            <translation>{name} bukan berkas teks yang bisa dibaca wadesk; simpan sebagai CSV UTF-8</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name} is {value} MB; wadesk reads recipient files of up to {other} MB and {max_rows} rows: split it</source>
            <translation>{name} berukuran {value} MB; wadesk membaca berkas penerima sampai {other} MB dan {max_rows} baris: pecah berkasnya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name} mixes two encodings: {count} row(s) ({rows}) were read as {encoding}, the others as UTF-8; check that names look right in those rows</source>
            <translation>{name} mencampur dua encoding: {count} baris ({rows}) dibaca sebagai {encoding}, sisanya sebagai UTF-8; periksa apakah nama di baris-baris itu tampil dengan benar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>{name} needs the location's {value}, not only its coordinates</source>
            <translation>{name} memerlukan {value} lokasi, bukan hanya koordinatnya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/chatbot.py" />
            <source>{name} sends media by URL only (give a public URL)</source>
            <translation>{name} hanya mengirim media lewat URL (isi URL publik)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/jsonwa.py" />
            <source>{name} takes at most {limit} messages per request, not {count}</source>
            <translation>{name} menerima maksimal {limit} pesan per permintaan, bukan {count}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/base.py" />
            <source>{name} takes at most {max_batch} message(s) per request</source>
            <translation>{name} menerima maksimal {max_batch} pesan per permintaan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/chatbot.py" />
            <source>{name} takes one message per request, not {count}</source>
            <translation>{name} menerima satu pesan per permintaan, bukan {count}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name} unpacks to {value} MB, more than wadesk reads ({other} MB); split it or save it as CSV</source>
            <translation>{name} menjadi {value} MB setelah dibuka, lebih dari yang dibaca wadesk ({other} MB); pecah berkasnya atau simpan sebagai CSV</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name} was read as {encoding}</source>
            <translation>{name} dibaca sebagai {encoding}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_files/export.py" />
            <location filename="../../../wadesk/services/table_files.py" />
            <source>{name}: export to a .csv or .xlsx file</source>
            <translation>{name}: ekspor ke berkas .csv atau .xlsx</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name}: line {number} cannot be read as {value}, the encoding of the rest; save the file as CSV UTF-8</source>
            <translation>{name}: baris {number} tidak bisa dibaca sebagai {value}, encoding baris lainnya; simpan berkas sebagai CSV UTF-8</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name}: line {number} is longer than {max_line_chars} characters; is it a CSV file?</source>
            <translation>{name}: baris {number} lebih dari {max_line_chars} karakter; apakah ini berkas CSV?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name}: line {value} cannot be read as {other} ({reason})</source>
            <translation>{name}: baris {value} tidak bisa dibaca sebagai {other} ({reason})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name}: not a .csv or .xlsx file</source>
            <translation>{name}: bukan berkas .csv atau .xlsx</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_files/sources.py" />
            <source>{name}: not a .csv, .xlsx or .vcf file</source>
            <translation>{name}: bukan berkas .csv, .xlsx atau .vcf</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contact_files/sources.py" />
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name}: old Excel .xls files cannot be read; save it as .xlsx or .csv</source>
            <translation>{name}: berkas Excel lama .xls tidak bisa dibaca; simpan sebagai .xlsx atau .csv</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name}: row {line} holds a NUL character (a zero byte): the file is damaged or not a text file</source>
            <translation>{name}: baris {line} berisi karakter NUL (byte nol): berkasnya rusak atau bukan berkas teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{name}: row {value} cannot be read as CSV ({error})</source>
            <translation>{name}: baris {value} tidak bisa dibaca sebagai CSV ({error})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/recipients.py" />
            <source>{numbers} and {count} more asked not to be messaged: nothing is sent</source>
            <translation>{numbers} dan {count} lainnya minta tidak dikirimi pesan: tidak ada yang dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/recipients.py" />
            <source>{numbers} asked not to be messaged: nothing is sent</source>
            <translation>{numbers} minta tidak dikirimi pesan: tidak ada yang dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/errors.py" />
            <source>{provider}: {message}</source>
            <translation>{provider}: {message}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>{rule} until {until}</source>
            <translation>{rule} sampai {until}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>{rule}, 1 time</source>
            <translation>{rule}, 1 kali</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>{rule}, {count} times</source>
            <translation>{rule}, {count} kali</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/pacing/policy.py" />
            <source>{seconds} s between messages</source>
            <translation>jeda {seconds} dtk antarpesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/providers/jsonwa.py" />
            <source>{text} (status {code})</source>
            <translation>{text} (status {code})</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/plan.py" />
            <source>{time} ({zone}) has already passed</source>
            <translation>{time} ({zone}) sudah lewat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/recipients_csv.py" />
            <source>{unreadable}: row {value} is damaged</source>
            <translation>{unreadable}: baris {value} rusak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/service.py" />
            <source>{value} asked not to be messaged since this plan was made: make a new plan</source>
            <translation>{value} minta tidak dikirimi pesan sejak rencana ini dibuat: buat rencana baru</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/series.py" />
            <source>{value} has no occurrence left after now</source>
            <translation>{value} tidak punya jadwal tersisa setelah saat ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contacts.py" />
            <source>{value} is already in the address book</source>
            <translation>{value} sudah ada di buku alamat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/contacts.py" />
            <source>{value} is already in the address book{who}</source>
            <translation>{value} sudah ada di buku alamat{who}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/sending/commit.py" />
            <source>{value}: plan the send again</source>
            <translation>{value}: rencanakan pengiriman lagi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/series.py" />
            <source>{value}: the first time must be to come</source>
            <translation>{value}: waktu pertama harus di masa mendatang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/settings.py" />
            <source>{what} '{shown}' is plain HTTP: the key would cross the network to {remote} unencrypted. Use https://, or allow plain HTTP for this account on a network you trust</source>
            <translation>{what} '{shown}' memakai HTTP biasa: kunci akan melewati jaringan ke {remote} tanpa enkripsi. Pakai https://, atau izinkan HTTP biasa untuk akun ini di jaringan yang Anda percaya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>{what} (the last day in shorter months)</source>
            <translation>{what} (hari terakhir di bulan yang lebih pendek)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>{what} at {time}</source>
            <translation>{what} pukul {time}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/recurrence.py" />
            <source>{what} at {time} ({zone}), from {start}</source>
            <translation>{what} pukul {time} ({zone}), mulai {start}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/settings.py" />
            <source>{what} has U+{value} ({name}) at position {position}, which cannot be sent to a gateway; copy the key again from the gateway's dashboard</source>
            <translation>{what} berisi U+{value} ({name}) di posisi {position}, yang tidak bisa dikirim ke gateway; salin lagi kuncinya dari dasbor gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/secrets.py" />
            <source>{what} is too long for Windows Credential Manager: it has {length} characters and at most {limit} fit. Check that only the key was copied; nothing was saved</source>
            <translation>{what} terlalu panjang untuk Windows Credential Manager: panjangnya {length} karakter, padahal maksimal {limit}. Pastikan hanya kuncinya yang disalin; belum ada yang disimpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/domain/settings.py" />
            <source>{what} must be an http(s) URL, not '{shown}'</source>
            <translation>{what} harus berupa URL http(s), bukan '{shown}'</translation>
        </message>
        <message>
            <location filename="../../../wadesk/store/db.py" />
            <source>{where} was written by a newer version of wadesk (schema version {version}; this version knows up to {known}); upgrade wadesk to open it</source>
            <translation>{where} ditulis oleh wadesk versi lebih baru (versi skema {version}; versi ini hanya mengenal sampai {known}); perbarui wadesk untuk membukanya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/campaigns.py" />
            <location filename="../../../wadesk/services/sending/plan.py" />
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../wadesk/services/campaigns.py" />
            <location filename="../../../wadesk/services/sending/plan.py" />
            <source>… and {count} more</source>
            <translation>… dan {count} lainnya</translation>
        </message>
    </context>
</TS>
