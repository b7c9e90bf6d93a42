<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>Composer</name>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>%1 cancelled</source>
            <translation>%1 dibatalkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 d</source>
            <translation>%1 hari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>%1 failed</source>
            <translation>%1 gagal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 h</source>
            <translation>%1 jam</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 min</source>
            <translation>%1 menit</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>%1 sent</source>
            <translation>%1 terkirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>%1 waiting</source>
            <translation>%1 menunggu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>All sent</source>
            <translation>Semua terkirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Answers</source>
            <translation>Jawaban</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Back to the message editor</source>
            <translation>Kembali menulis pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Button</source>
            <translation>Tombol</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Buttons</source>
            <translation>Tombol</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Cancel the rest</source>
            <translation>Batalkan sisanya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Choices</source>
            <translation>Pilihan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>Choose a file to send</source>
            <translation>Pilih berkas untuk dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>Choose file…</source>
            <translation>Pilih berkas…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Contact card</source>
            <translation>Kartu kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Each message of this send and its delivery, in Reports</source>
            <translation>Setiap pesan dari pengiriman ini dan statusnya, di Laporan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Each time's messages are made a day before it; the Scheduler shows them all.</source>
            <translation>Pesan untuk tiap jadwal dibuat sehari sebelumnya; semuanya terlihat di Jadwal.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Every message's delivery is followed in Reports.</source>
            <translation>Status setiap pesan dipantau di Laporan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Finished, with some failed</source>
            <translation>Selesai, sebagian gagal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Footer</source>
            <translation>Catatan kaki</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Latitude</source>
            <translation>Lintang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Link</source>
            <translation>Tautan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>Link to the file</source>
            <translation>Tautan berkas</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>List</source>
            <translation>Daftar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>List choices</source>
            <translation>Pilihan daftar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Location</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Longitude</source>
            <translation>Bujur</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>No file yet: choose one, drop it on the message, or paste a picture.</source>
            <translation>Belum ada berkas: pilih berkas, seret ke pesan, atau tempel gambar.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>One answer a line</source>
            <translation>Satu jawaban per baris</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>One button a line</source>
            <translation>Satu tombol per baris</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>One choice a line; a description after |</source>
            <translation>Satu pilihan per baris; keterangan setelah |</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Pause</source>
            <translation>Jeda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Paused</source>
            <translation>Dijeda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Photo</source>
            <translation>Gambar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>Pick a photo, video, audio or document; you can also drop or paste one</source>
            <translation>Pilih gambar, video, audio, atau dokumen; bisa juga diseret ke sini atau ditempel</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Place name</source>
            <translation>Nama tempat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Poll</source>
            <translation>Polling</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Poll answers</source>
            <translation>Jawaban polling</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Question</source>
            <translation>Pertanyaan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Resume</source>
            <translation>Lanjutkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>See it in Reports</source>
            <translation>Lihat di Laporan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>Send without this file</source>
            <translation>Kirim tanpa berkas ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Sending progress</source>
            <translation>Progres pengiriman</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Sending…</source>
            <translation>Sedang dikirim…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Sent, failed and waiting</source>
            <translation>Terkirim, gagal, dan menunggu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Several answers allowed</source>
            <translation>Boleh pilih lebih dari satu jawaban</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Stop sending the rest until you resume</source>
            <translation>Hentikan pengiriman sisanya sampai Anda lanjutkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Template</source>
            <translation>Templat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Template name</source>
            <translation>Nama templat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Text</source>
            <translation>Teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>The messages not sent yet are never sent</source>
            <translation>Pesan yang belum terkirim tidak akan dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Why: %1</source>
            <translation>Sebab: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/progress.py" />
            <source>Write another</source>
            <translation>Tulis lagi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/kinds.py" />
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_text.py" />
            <source>not a phone number</source>
            <translation>bukan nomor HP</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_text.py" />
            <source>not a valid phone number</source>
            <translation>bukan nomor HP yang valid</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/media.py" />
            <source>or paste a link to the file</source>
            <translation>atau tempel tautan berkas</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>under a minute</source>
            <translation>semenit</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>universal time</source>
            <translation>UTC</translation>
        </message>
    </context>
    <context>
        <name>ComposerPanel</name>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 devices, taking turns</source>
            <translation>%1 perangkat, bergantian</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 is not connected to WhatsApp: pair its phone in Devices first, or its messages fail.</source>
            <translation>%1 tidak terhubung ke WhatsApp: hubungkan HP-nya dulu di Perangkat, atau pesannya akan gagal.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 left out: %2</source>
            <translation>%1 dilewati: %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 left out: asked not to be messaged</source>
            <translation>%1 dilewati: minta tidak dikirimi pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 messages</source>
            <translation>%1 pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 messages cannot be sent from the devices chosen: the message is now %2.</source>
            <translation>Pesan %1 tidak bisa dikirim dari perangkat yang dipilih: jenis pesan diganti menjadi %2.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 of %2 numbers are not on WhatsApp (they are left out): many such numbers in one list look like a bought list to WhatsApp. Send to people who gave you their number.</source>
            <translation>%1 dari %2 nomor tidak terdaftar di WhatsApp (dilewati): daftar dengan banyak nomor seperti ini terlihat seperti daftar hasil beli bagi WhatsApp. Kirim hanya ke orang yang memberikan nomornya kepada Anda.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 people get a link in their first message from this device: WhatsApp often reports those as spam. Send a first message without a link.</source>
            <translation>%1 orang menerima tautan di pesan pertama dari perangkat ini: WhatsApp sering menganggapnya spam. Kirim pesan pertama tanpa tautan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 recipients have nothing in a variable the text uses</source>
            <translation>%1 penerima tidak punya isi untuk variabel yang dipakai di teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1 recipients: %2</source>
            <translation>%1 penerima: %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1: about %2 — done %3</source>
            <translation>%1: sekitar %2 — selesai %3</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>%1: about %2 — with at most %4 a day, done %3</source>
            <translation>%1: sekitar %2 — maksimal %4 per hari, selesai %3</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>1 message</source>
            <translation>1 pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>1 person gets a link in their first message from this device: WhatsApp often reports those as spam. Send a first message without a link.</source>
            <translation>1 orang menerima tautan di pesan pertama dari perangkat ini: WhatsApp sering menganggapnya spam. Kirim pesan pertama tanpa tautan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>1 recipient has nothing in a variable the text uses</source>
            <translation>1 penerima tidak punya isi untuk variabel yang dipakai di teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>As written; add recipients to see each person's text.</source>
            <translation>Seperti yang ditulis; tambahkan penerima untuk melihat teks tiap orang.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Audio messages carry no caption: the text is not sent.</source>
            <translation>Pesan audio tidak bisa diberi keterangan: teksnya tidak dikirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Checking the message…</source>
            <translation>Memeriksa pesan…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Checks before sending</source>
            <translation>Pemeriksaan sebelum kirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Custom…</source>
            <translation>Atur sendiri…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Done: %1</source>
            <translation>Selesai: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Estimated finish</source>
            <translation>Perkiraan selesai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Everyone gets the very same text: WhatsApp may take it for spam. Insert a variable such as the name, or choices such as Hello|Hi, to vary it.</source>
            <translation>Semua orang menerima teks yang persis sama: WhatsApp bisa menganggapnya spam. Sisipkan variabel seperti nama, atau pilihan seperti Halo|Hai, agar teksnya berbeda-beda.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>First</source>
            <translation>Awal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Fix what is marked in the checks first.</source>
            <translation>Perbaiki dulu yang ditandai di pemeriksaan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>From: %1</source>
            <translation>Dari: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Insert variable</source>
            <translation>Sisipkan variabel</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Kind of message</source>
            <translation>Jenis pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Left out, cannot be used: %1</source>
            <translation>Dilewati, tidak bisa dipakai: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Message</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Next</source>
            <translation>Berikut</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>No device</source>
            <translation>Tidak ada perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>No device yet: add one in Devices</source>
            <translation>Belum ada perangkat: tambahkan di Perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Normal: 8–15 s apart</source>
            <translation>Normal: jeda 8–15 dtk</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Pace</source>
            <translation>Kecepatan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Pace and time</source>
            <translation>Kecepatan dan waktu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Pace: %1</source>
            <translation>Kecepatan kirim: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Previous</source>
            <translation>Sebelum</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Put a recipient's name or another column into the text</source>
            <translation>Masukkan nama penerima atau kolom lain ke dalam teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Queued: the running wadesk sends them</source>
            <translation>Menunggu: wadesk yang sedang berjalan akan mengirimnya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Read the warnings above; press again to send anyway.</source>
            <translation>Baca peringatan di atas; tekan lagi untuk tetap mengirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Ready to send</source>
            <translation>Siap dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Recipient %1 of %2: %3</source>
            <translation>Penerima %1 dari %2: %3</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Recipient count</source>
            <translation>Jumlah penerima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Recipients</source>
            <translation>Penerima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Recipients: %1</source>
            <translation>Penerima: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Repeating schedule saved</source>
            <translation>Jadwal berulang disimpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Repeats — the first on %1</source>
            <translation>Berulang — pertama kali %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Row %1: %2</source>
            <translation>Baris %1: %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Safe: 30–60 s apart, rests, 200 a day</source>
            <translation>Aman: jeda 30–60 dtk, ada istirahat, 200/hari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Saving the repeating schedule…</source>
            <translation>Menyimpan jadwal berulang…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Schedule</source>
            <translation>Jadwalkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Schedule for later</source>
            <translation>Jadwalkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Scheduled</source>
            <translation>Terjadwal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Scheduled for %1</source>
            <translation>Dijadwalkan %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Send (Ctrl+Enter)</source>
            <translation>Kirim (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Send anyway</source>
            <translation>Tetap kirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Send at</source>
            <translation>Kirim pada</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Send from</source>
            <translation>Kirim dari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Send now</source>
            <translation>Kirim sekarang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Send to %1 people?</source>
            <translation>Kirim ke %1 orang?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Sending %1 messages…</source>
            <translation>Mengirim %1 pesan…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Sending is not available in this window.</source>
            <translation>Pengiriman tidak tersedia di jendela ini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Sending…</source>
            <translation>Sedang dikirim…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Starts: %1</source>
            <translation>Mulai: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>The device to send from; choose several to take turns</source>
            <translation>Perangkat pengirim; pilih beberapa agar bergantian</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>The first recipient</source>
            <translation>Penerima pertama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>The next recipient</source>
            <translation>Penerima berikutnya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>The previous recipient</source>
            <translation>Penerima sebelumnya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Times in %1</source>
            <translation>Waktu menurut %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Times in %1, the device's time zone</source>
            <translation>Waktu menurut %1, zona waktu perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Times in %1, the time zone of %2</source>
            <translation>Waktu menurut %1, zona waktu %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Times in %1, this computer's time zone</source>
            <translation>Waktu menurut %1, zona waktu komputer ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Unthrottled (simulator only)</source>
            <translation>Tanpa jeda (khusus simulator)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>WhatsApp group %1</source>
            <translation>Grup WhatsApp %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>With the daily cap of %1 a device, the last message goes %2.</source>
            <translation>Dengan batas harian %1 per perangkat, pesan terakhir dikirim %2.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Write your message…</source>
            <translation>Tulis pesan Anda…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/composer.py" />
            <source>Your message shows here as your customers will see it.</source>
            <translation>Pesan Anda tampil di sini seperti yang akan dilihat pelanggan.</translation>
        </message>
    </context>
    <context>
        <name>CustomPace</name>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>A rest of %1–%2 minutes after every %3 messages, as with Safe.</source>
            <translation>Istirahat %1–%2 menit setiap %3 pesan, sama seperti Aman.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>At most</source>
            <translation>Paling banyak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>At most this many a day</source>
            <translation>Paling banyak sekian pesan per hari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>Longest gap in seconds</source>
            <translation>Jeda terlama (detik)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>Shortest gap in seconds</source>
            <translation>Jeda terpendek (detik)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>Wait between</source>
            <translation>Jeda antara</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>a day</source>
            <translation>per hari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>and</source>
            <translation>dan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>no limit</source>
            <translation>tanpa batas</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/pace.py" />
            <source>seconds</source>
            <translation>detik</translation>
        </message>
    </context>
    <context>
        <name>NameDialog</name>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Give the saved message a name.</source>
            <translation>Beri nama pesan tersimpan ini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>e.g. Weekend promotion</source>
            <translation>mis. Promo akhir pekan</translation>
        </message>
    </context>
    <context>
        <name>RecipientsFileDialog</name>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Choose the column that holds the WhatsApp numbers, and the columns to use in the message.</source>
            <translation>Pilih kolom yang berisi nomor WhatsApp, dan kolom yang akan dipakai di pesan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Column with the numbers</source>
            <translation>Kolom nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Columns to use in the message</source>
            <translation>Kolom yang dipakai di pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Numbers are in</source>
            <translation>Nomor ada di</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Reading the file</source>
            <translation>Membaca berkas</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Recipients from %1</source>
            <translation>Penerima dari %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>The first rows of the file</source>
            <translation>Baris-baris pertama berkas</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>The first rows:</source>
            <translation>Baris-baris pertama:</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Use in the message</source>
            <translation>Pakai di pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients_file.py" />
            <source>Use these recipients</source>
            <translation>Pakai penerima ini</translation>
        </message>
    </context>
    <context>
        <name>RecipientsPicker</name>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 asked not to be messaged</source>
            <translation>%1 minta tidak dikirimi pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 asked not to be messaged: left out if added</source>
            <translation>%1 minta tidak dikirimi pesan: dilewati jika ditambahkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 duplicates merged</source>
            <translation>%1 duplikat digabung</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 left out: asked not to be messaged</source>
            <translation>%1 dilewati: minta tidak dikirimi pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 more rows cannot be used</source>
            <translation>%1 baris lagi tidak bisa dipakai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 not on WhatsApp</source>
            <translation>%1 tidak terdaftar di WhatsApp</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 numbers cannot be read</source>
            <translation>%1 nomor tidak terbaca</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 people</source>
            <translation>%1 orang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 recipients</source>
            <translation>%1 penerima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 rows</source>
            <translation>%1 baris</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 rows cannot be used</source>
            <translation>%1 baris tidak bisa dipakai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 rows cannot be used, listed below</source>
            <translation>%1 baris tidak bisa dipakai, tercantum di bawah</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 · WhatsApp group</source>
            <translation>%1 · grup WhatsApp</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>0812-3456-7890, +62 813 1111 2222 …</source>
            <translation>0812-3456-7890, +62 813 1111 2222 …</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>1 duplicate merged</source>
            <translation>1 duplikat digabung</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>1 more row cannot be used</source>
            <translation>1 baris lagi tidak bisa dipakai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>1 number cannot be read</source>
            <translation>1 nomor tidak terbaca</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>1 person</source>
            <translation>1 orang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>1 recipient</source>
            <translation>1 penerima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>1 row</source>
            <translation>1 baris</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>1 row cannot be used</source>
            <translation>1 baris tidak bisa dipakai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>1 row cannot be used, listed below</source>
            <translation>1 baris tidak bisa dipakai, tercantum di bawah</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>A CSV or Excel file of customers: you choose which column holds the numbers on the next step.</source>
            <translation>Berkas CSV atau Excel berisi pelanggan: di langkah berikutnya Anda memilih kolom yang berisi nomor.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Add numbers</source>
            <translation>Tambah nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Add numbers, contacts, groups or a file.</source>
            <translation>Tambahkan nomor, kontak, grup, atau berkas.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Cannot be read, left out: %1</source>
            <translation>Tidak terbaca, dilewati: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Choose a file…</source>
            <translation>Pilih berkas…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Choose a list of recipients</source>
            <translation>Pilih daftar penerima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Contact: %1</source>
            <translation>Kontak: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Contacts</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Contacts found</source>
            <translation>Kontak yang ditemukan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>File: %1</source>
            <translation>Berkas: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Groups</source>
            <translation>Grup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Left out: %1</source>
            <translation>Dilewati: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Local group: %1</source>
            <translation>Grup lokal: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>No contact has what you typed.</source>
            <translation>Tidak ada kontak yang cocok.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>No contacts yet: add them in Contacts.</source>
            <translation>Belum ada kontak: tambahkan di Kontak &amp; Grup.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>No groups yet: tag contacts in Contacts to make one.</source>
            <translation>Belum ada grup: beri label pada kontak di Kontak &amp; Grup untuk membuatnya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>No recipients yet</source>
            <translation>Belum ada penerima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Number typed: %1</source>
            <translation>Nomor yang diketik: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Numbers</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Numbers to add</source>
            <translation>Nomor yang akan ditambahkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>One per line, or separated by commas. Enter adds them.</source>
            <translation>Satu nomor per baris, atau pisahkan dengan koma. Tekan Enter untuk menambahkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Opening %1…</source>
            <translation>Membuka %1…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Recipient count</source>
            <translation>Jumlah penerima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Recipients chosen</source>
            <translation>Penerima yang dipilih</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Remove the selected recipient (Delete)</source>
            <translation>Hapus penerima yang dipilih (Delete)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Search by name or number</source>
            <translation>Cari nama atau nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Search contacts</source>
            <translation>Cari kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Sending to</source>
            <translation>Dikirim ke</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv)</source>
            <translation>Lembar kerja (*.csv *.xlsx *.txt *.tsv)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>WhatsApp group %1</source>
            <translation>Grup WhatsApp %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>WhatsApp groups</source>
            <translation>Grup WhatsApp</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>Your groups (tags)</source>
            <translation>Grup Anda (label)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>asked not to be messaged</source>
            <translation>minta tidak dikirimi pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/recipients.py" />
            <source>not sent: the device cannot send to groups</source>
            <translation>tidak dikirim: perangkat tidak bisa mengirim ke grup</translation>
        </message>
    </context>
    <context>
        <name>RepeatChoice</name>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source> times</source>
            <translation> kali</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Does not repeat</source>
            <translation>Tidak diulang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Every day</source>
            <translation>Setiap hari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Every month on day %1</source>
            <translation>Setiap bulan tanggal %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Every month on its last day</source>
            <translation>Setiap akhir bulan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Every week on %1</source>
            <translation>Setiap minggu hari %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>How many times</source>
            <translation>Berapa kali</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Last day</source>
            <translation>Hari terakhir</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Repeat</source>
            <translation>Ulangi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>Repeat until</source>
            <translation>Ulangi sampai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>a number of times</source>
            <translation>sebanyak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>for good</source>
            <translation>selamanya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/repeat.py" />
            <source>until a date</source>
            <translation>sampai tanggal</translation>
        </message>
    </context>
    <context>
        <name>SavedMessages</name>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Buttons</source>
            <translation>Tombol</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Contact card</source>
            <translation>Kartu kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Image</source>
            <translation>Gambar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Link</source>
            <translation>Tautan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>List</source>
            <translation>Daftar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Location</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Poll</source>
            <translation>Polling</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Save as saved message…</source>
            <translation>Simpan sebagai pesan tersimpan…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Save this message to use again, or load one saved before</source>
            <translation>Simpan pesan ini untuk dipakai lagi, atau muat pesan yang pernah disimpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Saved messages</source>
            <translation>Pesan tersimpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Saved messages…</source>
            <translation>Pesan tersimpan…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Template</source>
            <translation>Templat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Text</source>
            <translation>Teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
    </context>
    <context>
        <name>SavedMessagesDialog</name>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>A saved message named “%1” exists already. Replace it with this message?</source>
            <translation>Pesan tersimpan bernama “%1” sudah ada. Ganti dengan pesan ini?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>A saved message named “%1” exists already; choose another name.</source>
            <translation>Pesan tersimpan bernama “%1” sudah ada; pilih nama lain.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Could not delete it: %1</source>
            <translation>Gagal menghapus: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Could not load it: %1</source>
            <translation>Gagal memuat: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Could not read the saved messages: %1</source>
            <translation>Gagal membaca pesan tersimpan: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Could not rename it: %1</source>
            <translation>Gagal mengganti nama: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Could not save it: %1</source>
            <translation>Gagal menyimpan: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Delete saved message</source>
            <translation>Hapus pesan tersimpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Delete the saved message (Delete)</source>
            <translation>Hapus pesan tersimpan (Delete)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Delete the saved message “%1”?</source>
            <translation>Hapus pesan tersimpan “%1”?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Delete…</source>
            <translation>Hapus…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>First line</source>
            <translation>Baris pertama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Load</source>
            <translation>Muat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Messages already sent with it are not affected.</source>
            <translation>Pesan yang sudah terkirim dengannya tidak terpengaruh.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Messages you use again and again. Loading one replaces the message being written.</source>
            <translation>Pesan yang sering Anda pakai. Memuat salah satunya akan mengganti pesan yang sedang ditulis.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Name this message to find it again later:</source>
            <translation>Beri nama pesan ini agar mudah dicari nanti:</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>New name for “%1”:</source>
            <translation>Nama baru untuk “%1”:</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>No saved messages yet. Write a message, then choose “Save current message” to keep it here.</source>
            <translation>Belum ada pesan tersimpan. Tulis pesan, lalu pilih “Simpan pesan ini” untuk menyimpannya di sini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Rename</source>
            <translation>Ganti nama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Rename saved message</source>
            <translation>Ganti nama pesan tersimpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Rename the saved message (F2)</source>
            <translation>Ganti nama pesan tersimpan (F2)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Renamed to “%1”.</source>
            <translation>Nama diganti menjadi “%1”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Rename…</source>
            <translation>Ganti nama…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Replace</source>
            <translation>Ganti</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Replace saved message</source>
            <translation>Ganti pesan tersimpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Save as saved message</source>
            <translation>Simpan sebagai pesan tersimpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Save current message…</source>
            <translation>Simpan pesan ini…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Save the message being written under a name</source>
            <translation>Simpan pesan yang sedang ditulis dengan sebuah nama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Saved</source>
            <translation>Disimpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Saved as “%1”.</source>
            <translation>Disimpan sebagai “%1”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Saved messages</source>
            <translation>Pesan tersimpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Search by name or words</source>
            <translation>Cari nama atau kata</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>Search saved messages</source>
            <translation>Cari pesan tersimpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/composer/templates.py" />
            <source>“%1” deleted.</source>
            <translation>“%1” dihapus.</translation>
        </message>
    </context>
</TS>
