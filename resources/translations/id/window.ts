<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>ChatBubble</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>%1 bytes</source>
            <translation>%1 byte</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Delivered</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Message</source>
            <translation>Kirim pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Message text</source>
            <translation>Teks pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>No file chosen</source>
            <translation>Belum ada berkas</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Not sent</source>
            <translation>Tidak terkirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Nothing to show yet</source>
            <translation>Belum ada yang ditampilkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Preview of the message</source>
            <translation>Pratinjau pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Read</source>
            <translation>Dibaca</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Select one</source>
            <translation>Pilih satu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Select one or more</source>
            <translation>Pilih satu atau lebih</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Sent</source>
            <translation>Terkirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Template “%1” stored by the gateway</source>
            <translation>Template “%1” tersimpan di gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>View votes</source>
            <translation>Lihat suara</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>Waiting to be sent</source>
            <translation>Menunggu dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/chat_bubble.py" />
            <source>When tapped, the list shows:</source>
            <translation>Jika diketuk, daftar menampilkan:</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>You are trying wadesk on its built-in gateway simulator. Nothing is sent to WhatsApp, and everything here is forgotten when you close the window.</source>
            <translation>Anda sedang mencoba wadesk dengan simulator gateway bawaan. Tidak ada yang dikirim ke WhatsApp, dan semua di sini hilang saat jendela ditutup.</translation>
        </message>
    </context>
    <context>
        <name>ExportProgressDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/export_progress.py" />
            <source>Stop</source>
            <translation>Hentikan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/export_progress.py" />
            <source>Stopping leaves no file behind.</source>
            <translation>Jika dihentikan, tidak ada berkas yang tertinggal.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;About wadesk</source>
            <translation>&amp;Tentang wadesk</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;Devices</source>
            <translation>&amp;Perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>B&amp;antuan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;Import contacts…</source>
            <translation>&amp;Impor kontak…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Pengaturan…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>&lt;h3&gt;wadesk %1&lt;/h3&gt;&lt;p&gt;One desktop console for WhatsApp gateway APIs: pair phones, compose, schedule and follow delivery.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;br&gt;API keys: your system's keyring.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;wadesk %1&lt;/h3&gt;&lt;p&gt;Satu konsol desktop untuk API gateway WhatsApp: hubungkan HP, tulis pesan, jadwalkan, dan pantau pengiriman.&lt;/p&gt;&lt;p&gt;Data Anda: %2&lt;br&gt;Kunci API: brankas kunci sistem (keyring).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>About wadesk</source>
            <translation>Tentang wadesk</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/catalog.py" />
            <source>Composer</source>
            <translation>Tulis Pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/catalog.py" />
            <source>Contacts &amp; groups</source>
            <translation>Kontak &amp; Grup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>Delivery reports</source>
            <translation>Laporan pengiriman</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>Demo — wadesk</source>
            <translation>Demo — wadesk</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/catalog.py" />
            <source>Devices</source>
            <translation>Perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>Panels</source>
            <translation>Panel</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/catalog.py" />
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/catalog.py" />
            <source>Scheduler</source>
            <translation>Jadwal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>Sending paused</source>
            <translation>Pengiriman dijeda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/main_window.py" />
            <source>Version %1</source>
            <translation>Versi %1</translation>
        </message>
    </context>
    <context>
        <name>MessageEditor</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>%1 (%2): puts %3 around the selected words</source>
            <translation>%1 (%2): memberi %3 di sekitar kata yang dipilih</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>%1 / %2 — %3 more needed (at least %4)</source>
            <translation>%1 / %2 — kurang %3 lagi (minimal %4)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>%1 / %2 — %3 too many</source>
            <translation>%1 / %2 — kelebihan %3</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>%1 characters</source>
            <translation>%1 karakter</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Bold</source>
            <translation>Tebal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Control + Command + Space</source>
            <translation>Control + Command + Spasi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Emoji: %1</source>
            <translation>Emoji: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>It needs at least %1.</source>
            <translation>Minimal %1.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Italic</source>
            <translation>Miring</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Message</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Monospace</source>
            <translation>Monospace</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Pasted emoji work too.</source>
            <translation>Emoji yang ditempel juga bisa.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Press Control, Command and Space together to open the emoji picker.</source>
            <translation>Tekan Control, Command, dan Spasi bersamaan untuk membuka pemilih emoji.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Press Super (the Windows key) and . together to open the emoji picker on GNOME or KDE.</source>
            <translation>Tekan Super (tombol Windows) dan . bersamaan untuk membuka pemilih emoji di GNOME atau KDE.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Press the Windows key and . (full stop) together to open the emoji panel.</source>
            <translation>Tekan tombol Windows dan . (titik) bersamaan untuk membuka panel emoji.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Strikethrough</source>
            <translation>Coret</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Super + .</source>
            <translation>Super + .</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>This gateway states no length limit.</source>
            <translation>Gateway ini tidak menyebut batas panjang.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>This gateway takes at most %1 characters.</source>
            <translation>Gateway ini menerima paling banyak %1 karakter.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Win + .</source>
            <translation>Win + .</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/message_editor.py" />
            <source>Write your message…</source>
            <translation>Tulis pesan Anda…</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/notice.py" />
            <source>Dismiss</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Automatic (this computer's language)</source>
            <translation>Otomatis (bahasa komputer ini)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Choose one of the list</source>
            <translation>Pilih salah satu dari daftar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Give a port number from 1 to 65535</source>
            <translation>Isi nomor port dari 1 sampai 65535</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Give a two-letter country code such as ID, MY, SG or US</source>
            <translation>Isi kode negara dua huruf, misalnya ID, MY, SG, atau US</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Give a whole number of seconds from 1 to %1</source>
            <translation>Isi bilangan bulat detik dari 1 sampai %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Give a window like 21:00-07:00, or leave it empty for none</source>
            <translation>Isi rentang seperti 21:00-07:00, atau kosongkan jika tidak ada</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Give an address like https://example.trycloudflare.com, or leave it empty</source>
            <translation>Isi alamat seperti https://example.trycloudflare.com, atau kosongkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Give at least the shortest wait (%1 s)</source>
            <translation>Isi minimal sama dengan jeda terpendek (%1 dtk)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Normal: 8–15 s apart</source>
            <translation>Normal: jeda 8–15 dtk</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Not saved: the settings file could not be written (%1).</source>
            <translation>Tidak tersimpan: berkas pengaturan tidak bisa ditulis (%1).</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Off</source>
            <translation>Mati</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>On, while the window is open</source>
            <translation>Aktif, selama jendela terbuka</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Preferences</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>Safe: 30–60 s apart, with rests</source>
            <translation>Aman: jeda 30–60 dtk, dengan istirahat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>The settings file %1 could not be read, so the defaults are used. Saving keeps that file aside and writes a new one.</source>
            <translation>Berkas pengaturan %1 tidak bisa dibaca, jadi nilai bawaan yang dipakai. Saat menyimpan, berkas itu disisihkan dan berkas baru ditulis.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>These apply to all of wadesk, in the window and on the command line.</source>
            <translation>Berlaku untuk seluruh wadesk, di jendela maupun di baris perintah.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/preferences.py" />
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../../wadesk/ui/tray.py" />
            <source>Phone disconnected</source>
            <translation>HP terputus</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/tray.py" />
            <source>Quit</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/tray.py" />
            <source>Sending from “%1” is paused: %2. Its messages wait in the outbox; resume it from Devices.</source>
            <translation>Pengiriman dari “%1” dijeda: %2. Pesannya menunggu di kotak keluar; lanjutkan dari Perangkat.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/tray.py" />
            <source>Sending from “%1” waits a while: %2. It goes on by itself; nothing is lost.</source>
            <translation>Pengiriman dari “%1” menunggu sebentar: %2. Nanti lanjut sendiri; tidak ada yang hilang.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/tray.py" />
            <source>Sending paused</source>
            <translation>Pengiriman dijeda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/tray.py" />
            <source>Show wadesk</source>
            <translation>Tampilkan wadesk</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/tray.py" />
            <source>“%1” (%2) is no longer connected to WhatsApp. Pair it again from Devices.</source>
            <translation>“%1” (%2) tidak lagi terhubung ke WhatsApp. Hubungkan lagi dari Perangkat.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../../wadesk/ui/errors.py" />
            <source>Something went wrong</source>
            <translation>Terjadi masalah</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/errors.py" />
            <source>wadesk ran into an unexpected problem and carried on. The details are in %1.</source>
            <translation>wadesk mengalami masalah tak terduga dan tetap berjalan. Detailnya ada di %1.</translation>
        </message>
    </context>
    <context>
        <name>format</name>
        <message>
            <location filename="../../../wadesk/ui/format.py" />
            <source>%n h ago</source>
            <translation>%n jam lalu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/format.py" />
            <source>%n min ago</source>
            <translation>%n mnt lalu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/format.py" />
            <source>Just now</source>
            <translation>Baru saja</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/format.py" />
            <source>Never</source>
            <translation>Belum pernah</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/format.py" />
            <source>Unlimited</source>
            <translation>Tanpa batas</translation>
        </message>
    </context>
    <context>
        <name>launch</name>
        <message>
            <location filename="../../../wadesk/launch.py" />
            <source>wadesk cannot start</source>
            <translation>wadesk tidak bisa dimulai</translation>
        </message>
    </context>
</TS>
