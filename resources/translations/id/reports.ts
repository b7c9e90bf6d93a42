<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>CallbackSwitch</name>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>wadesk cannot receive delivery reports on port %1: another program is using it, or this computer does not allow it. Choose another callback port in Preferences.</source>
            <translation>wadesk tidak bisa menerima laporan pengiriman di port %1: port itu dipakai program lain, atau komputer ini tidak mengizinkannya. Pilih port callback lain di Pengaturan.</translation>
        </message>
    </context>
    <context>
        <name>CampaignsView</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 failed</source>
            <translation>%1 gagal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 failed again; the gateway's words are in the messages.</source>
            <translation>%1 gagal lagi; penjelasan dari gateway ada di daftar pesan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 failed messages sent again.</source>
            <translation>%1 pesan gagal dikirim ulang.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 messages marked as sent.</source>
            <translation>%1 pesan ditandai terkirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 messages waiting.</source>
            <translation>%1 pesan menunggu.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 messages waiting; done about %2 (at the latest %3).</source>
            <translation>%1 pesan menunggu; selesai sekitar %2 (paling lambat %3).</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 messages waiting; they go out now.</source>
            <translation>%1 pesan menunggu; sekarang sedang dikirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 messages will be sent again.</source>
            <translation>%1 pesan akan dikirim ulang.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 of %2 done</source>
            <translation>%1 dari %2 selesai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 to check</source>
            <translation>%1 perlu dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>%1 · started %2 · from %3 · pace: %4</source>
            <translation>%1 · mulai %2 · dari %3 · kecepatan kirim: %4</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>All messages</source>
            <translation>Semua pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Campaigns</source>
            <translation>Kampanye</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Cancel campaign</source>
            <translation>Batalkan kampanye</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Cancelled</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Cancelled: nothing more is sent.</source>
            <translation>Dibatalkan: tidak ada lagi yang dikirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Cancelled: the messages not sent yet will not be sent.</source>
            <translation>Dibatalkan: pesan yang belum terkirim tidak akan dikirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Delivery</source>
            <translation>Pengiriman</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Delivery funnel</source>
            <translation>Tahapan pengiriman</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Everything has been sent; delivery reports may still arrive.</source>
            <translation>Semua sudah dikirim; laporan pengiriman mungkin masih akan masuk.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Finished</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Mark as sent</source>
            <translation>Tandai terkirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Messages not sent yet are not sent; what went out stays as it is</source>
            <translation>Pesan yang belum terkirim tidak dikirim; yang sudah terkirim tetap seperti adanya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Messages to check</source>
            <translation>Pesan yang perlu dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>No answer was recorded; it may have arrived</source>
            <translation>Tidak ada jawaban yang tercatat; mungkin pesannya sudah sampai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>No campaign selected</source>
            <translation>Belum ada kampanye yang dipilih</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>No campaigns yet. A message sent to several people at once appears here.</source>
            <translation>Belum ada kampanye. Pesan yang dikirim ke beberapa orang sekaligus akan muncul di sini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Nothing sent yet</source>
            <translation>Belum ada yang terkirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Nothing to retry: no message of this campaign certainly failed.</source>
            <translation>Tidak ada yang perlu dicoba lagi: tidak ada pesan kampanye ini yang pasti gagal.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Pause</source>
            <translation>Jeda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Paused</source>
            <translation>Dijeda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Paused with %1 messages waiting. Resume to send them.</source>
            <translation>Dijeda, %1 pesan menunggu. Klik Lanjutkan untuk mengirimnya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Paused: what is under way finishes, nothing more goes.</source>
            <translation>Dijeda: yang sedang dikirim diselesaikan, tidak ada lagi yang dikirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Progress</source>
            <translation>Kemajuan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Recipient</source>
            <translation>Penerima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Resume</source>
            <translation>Lanjutkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Retry failed</source>
            <translation>Coba lagi yang gagal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Retry failed (%1)</source>
            <translation>Coba lagi (%1 gagal)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Send again</source>
            <translation>Kirim ulang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Send again, once, only the messages that certainly did not arrive (not those to check)</source>
            <translation>Kirim ulang sekali, hanya pesan yang pasti tidak sampai (bukan yang perlu dicek)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Sending</source>
            <translation>Sedang dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Sending goes on.</source>
            <translation>Pengiriman dilanjutkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Show messages</source>
            <translation>Lihat pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>The campaigns could not be read: %1</source>
            <translation>Kampanye tidak bisa dibaca: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>The gateway's answer could not be read</source>
            <translation>Jawaban gateway tidak bisa dibaca</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>The last messages are being sent.</source>
            <translation>Pesan terakhir sedang dikirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>They did arrive: nothing is sent</source>
            <translation>Pesannya memang sudah sampai: tidak ada yang dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>To check (%1)</source>
            <translation>Perlu dicek (%1)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>Why it is in doubt</source>
            <translation>Kenapa diragukan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>its answer could not be read; it may have taken the message</source>
            <translation>jawabannya tidak bisa dibaca; mungkin pesannya sudah diterima gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>wadesk cannot tell whether these reached the gateway. Check on the phone or ask the customer, then send them again or mark them as sent.</source>
            <translation>wadesk tidak tahu apakah pesan ini sampai ke gateway. Cek di HP atau tanyakan ke pelanggan, lalu kirim ulang atau tandai terkirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/campaigns.py" />
            <source>wadesk sends the selected messages once more</source>
            <translation>wadesk mengirim pesan yang dipilih sekali lagi</translation>
        </message>
    </context>
    <context>
        <name>DailyOverview</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>By device</source>
            <translation>Per perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>By status</source>
            <translation>Per status</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>Messages per day</source>
            <translation>Pesan per hari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>Messages per day, last %1 days</source>
            <translation>Pesan per hari, %1 hari terakhir</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>No messages in the last %1 days</source>
            <translation>Tidak ada pesan dalam %1 hari terakhir</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>Show the days</source>
            <translation>Tampilkan hari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>Stack each day's bar by where the messages stand, or by the device that sent them</source>
            <translation>Susun batang tiap hari menurut status pesan, atau menurut perangkat yang mengirimnya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/overview.py" />
            <source>The counts could not be read: %1</source>
            <translation>Jumlahnya tidak bisa dibaca: %1</translation>
        </message>
    </context>
    <context>
        <name>LiveNews</name>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>, %1 failed</source>
            <translation>, %1 gagal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>, %1 to check</source>
            <translation>, %1 perlu dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>Campaign finished</source>
            <translation>Kampanye selesai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>Messages are failing</source>
            <translation>Pesan gagal terkirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>The gateway said: %1</source>
            <translation>Kata gateway: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>The last %1 messages from “%2” failed.</source>
            <translation>%1 pesan terakhir dari “%2” gagal.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/live.py" />
            <source>“%1” has been sent: %2 of %3 reached the gateway</source>
            <translation>“%1” sudah dikirim: %2 dari %3 sampai ke gateway</translation>
        </message>
    </context>
    <context>
        <name>MessageActions</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>%1 could not cancel the message to %2: it may be on its way already.</source>
            <translation>%1 tidak bisa membatalkan pesan ke %2: mungkin pesannya sudah dalam perjalanan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>%1 did not take the message to %2 again.</source>
            <translation>%1 tidak menerima pesan ke %2 untuk dikirim ulang.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>%1 was asked to delete the message to %2 on WhatsApp.</source>
            <translation>%1 sudah diminta menghapus pesan ke %2 di WhatsApp.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>%1 will send the message to %2 again.</source>
            <translation>%1 akan mengirim ulang pesan ke %2.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Cancel at the gateway…</source>
            <translation>Batalkan di gateway…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Cancel message</source>
            <translation>Batalkan pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Cancel this message?</source>
            <translation>Batalkan pesan ini?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Could not change it: %1</source>
            <translation>Tidak bisa diubah: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Delete on WhatsApp</source>
            <translation>Hapus di WhatsApp</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Delete on WhatsApp…</source>
            <translation>Hapus di WhatsApp…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Delete this message on WhatsApp?</source>
            <translation>Hapus pesan ini di WhatsApp?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>If the first one did arrive, %1 gets it twice.</source>
            <translation>Kalau pesan pertama ternyata sampai, %1 akan menerimanya dua kali.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Keep it</source>
            <translation>Biarkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Mark as sent</source>
            <translation>Tandai terkirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Send again</source>
            <translation>Kirim ulang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Send again from the gateway</source>
            <translation>Kirim ulang dari gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Send again…</source>
            <translation>Kirim ulang…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>Send this message again?</source>
            <translation>Kirim ulang pesan ini?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>The gateway said no: %1</source>
            <translation>Gateway menolak: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>The gateway will ask WhatsApp to delete it from the chat with %1. If they already read it, they may still remember it.</source>
            <translation>Gateway akan meminta WhatsApp menghapusnya dari chat dengan %1. Kalau sudah dibaca, penerima mungkin masih ingat isinya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>The gateway will not send the message to %1. This cannot be undone.</source>
            <translation>Gateway tidak akan mengirim pesan ke %1. Ini tidak bisa dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>The message to %1 is cancelled.</source>
            <translation>Pesan ke %1 dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>The message to %1 is marked as sent.</source>
            <translation>Pesan ke %1 ditandai terkirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/actions.py" />
            <source>The message to %1 will be sent again.</source>
            <translation>Pesan ke %1 akan dikirim ulang.</translation>
        </message>
    </context>
    <context>
        <name>MessageFilters</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>%1 (removed)</source>
            <translation>%1 (dihapus)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>All campaigns</source>
            <translation>Semua kampanye</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>All devices</source>
            <translation>Semua perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>All time</source>
            <translation>Kapan saja</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Any status</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Campaign</source>
            <translation>Kampanye</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Campaign %1</source>
            <translation>Kampanye %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Clear the search</source>
            <translation>Hapus pencarian</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Dates…</source>
            <translation>Tanggal…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Device</source>
            <translation>Perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Failed or to check</source>
            <translation>Gagal atau perlu dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Last 30 days</source>
            <translation>30 hari terakhir</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Last 7 days</source>
            <translation>7 hari terakhir</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Search messages</source>
            <translation>Cari pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Search number, name, text</source>
            <translation>Cari nomor/nama/teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>To</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>Today</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>When</source>
            <translation>Kapan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/filters.py" />
            <source>to</source>
            <translation>sampai</translation>
        </message>
    </context>
    <context>
        <name>MessageTableModel</name>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Accepted by the gateway</source>
            <translation>Sudah di gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Account</source>
            <translation>Akun</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Cancelled</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Created</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Delivered</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Failed</source>
            <translation>Gagal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Last change</source>
            <translation>Perubahan terakhir</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Message</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Read</source>
            <translation>Dibaca</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Scheduled</source>
            <translation>Terjadwal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Sending</source>
            <translation>Sedang dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Sent</source>
            <translation>Terkirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>To</source>
            <translation>Kepada</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>To check</source>
            <translation>Perlu dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/messages.py" />
            <source>Waiting</source>
            <translation>Menunggu</translation>
        </message>
    </context>
    <context>
        <name>MessagesView</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>%1 messages</source>
            <translation>%1 pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>%1 messages saved to %2</source>
            <translation>%1 pesan disimpan ke %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>1 message</source>
            <translation>1 pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>1 message saved to %2</source>
            <translation>1 pesan disimpan ke %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>CSV file (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Campaign</source>
            <translation>Kampanye</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Could not export: %1</source>
            <translation>Tidak bisa mengekspor: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Could not read the messages: %1</source>
            <translation>Pesan tidak bisa dibaca: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Device</source>
            <translation>Perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Every message you send appears here, with whether it was delivered and read.</source>
            <translation>Setiap pesan yang Anda kirim muncul di sini, dengan status diterima dan dibaca.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Export %1 messages</source>
            <translation>Ekspor %1 pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Export messages</source>
            <translation>Ekspor pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Export…</source>
            <translation>Ekspor…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Gateway's words</source>
            <translation>Keterangan gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Last update</source>
            <translation>Terakhir diperbarui</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Mark as sent</source>
            <translation>Tandai terkirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Message</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Messages</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>No message found</source>
            <translation>Pesan tidak ditemukan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>No message matches these filters.</source>
            <translation>Tidak ada pesan yang sesuai saringan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>No messages yet</source>
            <translation>Belum ada pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Not sure the message to %1 arrived: %2</source>
            <translation>Belum pasti pesan ke %1 sampai: %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Save the messages shown to an Excel or CSV file</source>
            <translation>Simpan pesan yang tampil ke berkas Excel atau CSV</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Saving %1 messages to %2…</source>
            <translation>Menyimpan %1 pesan ke %2…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Send again…</source>
            <translation>Kirim ulang…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Show all</source>
            <translation>Tampilkan semua</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>What can be done with the selected message</source>
            <translation>Yang bisa dilakukan dengan pesan yang dipilih</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>messages</source>
            <translation>pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/messages.py" />
            <source>wadesk could not tell whether the gateway got it.</source>
            <translation>wadesk tidak tahu apakah gateway sudah menerimanya.</translation>
        </message>
    </context>
    <context>
        <name>ReportStages</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Accepted</source>
            <translation>Di gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Cancelled</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Delivered</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Failed</source>
            <translation>Gagal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Read</source>
            <translation>Dibaca</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Sending</source>
            <translation>Sedang dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Sent</source>
            <translation>Terkirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>To check</source>
            <translation>Perlu dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/stages.py" />
            <source>Waiting</source>
            <translation>Menunggu</translation>
        </message>
    </context>
    <context>
        <name>ReportTable</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Buttons</source>
            <translation>Tombol</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Campaign</source>
            <translation>Kampanye</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Contact card</source>
            <translation>Kartu kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Device</source>
            <translation>Perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Gateway's words</source>
            <translation>Keterangan gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Image</source>
            <translation>Gambar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Last update</source>
            <translation>Terakhir diperbarui</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Link</source>
            <translation>Tautan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>List</source>
            <translation>Daftar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Location</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Message</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Poll</source>
            <translation>Polling</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Template</source>
            <translation>Templat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Text</source>
            <translation>Teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>To</source>
            <translation>Kepada</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/table.py" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
    </context>
    <context>
        <name>ReportsPanel</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Ask the gateways now about messages on their way</source>
            <translation>Tanyakan sekarang ke gateway soal pesan yang sedang dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Asked about %1 messages: %2 have news.</source>
            <translation>Ditanyakan %1 pesan: %2 ada kabar baru.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Asked about %1 messages: 1 has news.</source>
            <translation>Ditanyakan %1 pesan: 1 ada kabar baru.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Campaigns</source>
            <translation>Kampanye</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Could not ask the gateways: %1</source>
            <translation>Tidak bisa bertanya ke gateway: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Last checked %1</source>
            <translation>Terakhir dicek %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Messages</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>No message is on its way: nothing to ask the gateways.</source>
            <translation>Tidak ada pesan yang sedang dikirim: tidak ada yang perlu ditanyakan ke gateway.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Not checked yet</source>
            <translation>Belum dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Refresh</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Some gateways could not be asked. %1</source>
            <translation>Beberapa gateway tidak bisa ditanya. %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>Whether each message was delivered and read.</source>
            <translation>Apakah pesan sudah diterima dan dibaca.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/panel.py" />
            <source>wadesk asks the gateways while messages are on their way, or when you press Refresh.</source>
            <translation>wadesk bertanya ke gateway selama ada pesan yang sedang dikirim, atau saat Anda menekan Muat ulang.</translation>
        </message>
    </context>
    <context>
        <name>StatusChips</name>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/chips.py" />
            <source>+%1 more</source>
            <translation>+%1 lagi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/chips.py" />
            <source>At the gateway</source>
            <translation>Di gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/reports/chips.py" />
            <source>Messages per status</source>
            <translation>Pesan per status</translation>
        </message>
    </context>
    <context>
        <name>charts</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/charts.py" />
            <source>%1 %2 in all; the most on %3: %4</source>
            <translation>Total %1 %2; paling banyak pada %3: %4</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/charts.py" />
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/charts.py" />
            <source>No messages</source>
            <translation>Tidak ada pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/charts.py" />
            <source>Nothing to show yet</source>
            <translation>Belum ada yang bisa ditampilkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/charts.py" />
            <source>messages</source>
            <translation>pesan</translation>
        </message>
    </context>
</TS>
