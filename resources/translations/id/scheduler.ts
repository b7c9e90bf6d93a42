<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>ChangeTimeDialog</name>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/change_time.py" />
            <source>Change time</source>
            <translation>Ubah waktu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/change_time.py" />
            <source>Move</source>
            <translation>Pindahkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/change_time.py" />
            <source>New date and time</source>
            <translation>Tanggal dan jam baru</translation>
        </message>
    </context>
    <context>
        <name>EditTextDialog</name>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/edit_text.py" />
            <source>Edit text</source>
            <translation>Ubah teks</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/edit_text.py" />
            <source>Message text</source>
            <translation>Teks pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/edit_text.py" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/edit_text.py" />
            <source>Saving…</source>
            <translation>Menyimpan…</translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/month.py" />
            <source>Month</source>
            <translation>Bulan</translation>
        </message>
    </context>
    <context>
        <name>Scheduler</name>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>%1 more after these.</source>
            <translation>%1 lagi setelah ini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>%1 recipients</source>
            <translation>%1 penerima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>%1 scheduled messages were due while wadesk was closed. None is sent until you choose.</source>
            <translation>%1 pesan terjadwal jatuh waktu saat wadesk tertutup. Tidak ada yang dikirim sampai Anda memilih.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>(%1 %2 there)</source>
            <translation>(%1 %2 di sana)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>1 recipient</source>
            <translation>1 penerima</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>1 scheduled message was due while wadesk was closed. It is not sent until you choose.</source>
            <translation>1 pesan terjadwal jatuh waktu saat wadesk tertutup. Pesan ini tidak dikirim sampai Anda memilih.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>Do not send it</source>
            <translation>Jangan kirim pesan ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>Due %1 at %2 · %3 · to %4 · “%5”</source>
            <translation>Jadwal %1 pukul %2 · %3 · ke %4 · “%5”</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/legend.py" />
            <source>Each: %1 (the usual pace)</source>
            <translation>Semua: %1 (standar)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>Send it now, late</source>
            <translation>Kirim sekarang, meski terlambat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>Send now</source>
            <translation>Kirim sekarang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/missed.py" />
            <source>Skip</source>
            <translation>Lewati</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/legend.py" />
            <source>The others: %1 (the usual pace)</source>
            <translation>Lainnya: %1 (standar)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>a group</source>
            <translation>sebuah grup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>a removed account</source>
            <translation>akun yang sudah dihapus</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/legend.py" />
            <source>at most %1 a day</source>
            <translation>maks. %1 per hari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>audio</source>
            <translation>audio</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>buttons</source>
            <translation>tombol</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>contact card</source>
            <translation>kartu kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>document</source>
            <translation>dokumen</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>image</source>
            <translation>gambar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>in quiet hours: it waits until they end</source>
            <translation>di jam tenang: menunggu sampai jam tenang selesai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>link</source>
            <translation>tautan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>list</source>
            <translation>daftar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>location</source>
            <translation>lokasi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>poll</source>
            <translation>polling</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/legend.py" />
            <source>quiet %1</source>
            <translation>jam tenang %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>template</source>
            <translation>templat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>the group %1</source>
            <translation>grup %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>to %1</source>
            <translation>ke %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/agenda.py" />
            <source>video</source>
            <translation>video</translation>
        </message>
    </context>
    <context>
        <name>SchedulerPanel</name>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1 %2 to %3</source>
            <translation>%1 %2 sampai %3</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1 at %2 has already passed: choose a later time.</source>
            <translation>%1 pukul %2 sudah lewat: pilih waktu yang lebih lambat.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1 has %2 planned, more than its %3 a day: the rest waits for the next day.</source>
            <translation>%1 punya %2 pesan terjadwal, lebih dari batas harian %3: sisanya menunggu hari berikutnya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1 has passed: choose today or a later day.</source>
            <translation>%1 sudah lewat: pilih hari ini atau hari setelahnya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1 sends nothing during its quiet hours, %2.</source>
            <translation>%1 tidak mengirim apa pun selama jam tenangnya, %2.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1, %2 to %3</source>
            <translation>%1, %2 sampai %3</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1: %2 message(s)</source>
            <translation>%1: %2 pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>%1: %2 on %3, more than its %4 a day; the rest waits for the next day.</source>
            <translation>%1: %2 pesan pada %3, lebih dari batas harian %4; sisanya menunggu hari berikutnya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Campaign “%1” of %2: %3 messages, expected %4 (the bar under those days).</source>
            <translation>Kampanye “%1” dari %2: %3 pesan, perkiraan %4 (garis di bawah hari-hari itu).</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Cancel send</source>
            <translation>Batalkan kiriman</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Cancel send…</source>
            <translation>Batalkan…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Cancel the message to %1 on %2 at %3?</source>
            <translation>Batalkan pesan ke %1 pada %2 pukul %3?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Cancel the selected send (Delete)</source>
            <translation>Batalkan kiriman yang dipilih (Delete)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Cancelled; it will not be sent.</source>
            <translation>Dibatalkan; pesan ini tidak akan dikirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Change the words of the selected send; its time stays</source>
            <translation>Ubah isi kiriman yang dipilih; waktunya tetap</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Change time…</source>
            <translation>Ubah waktu…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Could not cancel it: %1</source>
            <translation>Tidak bisa dibatalkan: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Could not change the text: %1</source>
            <translation>Teks tidak bisa diubah: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Could not move it: %1</source>
            <translation>Tidak bisa dipindahkan: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Edit text…</source>
            <translation>Ubah teks…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Everything that will go out later, on every device, on one calendar.</source>
            <translation>Semua yang akan dikirim nanti, dari setiap perangkat, dalam satu kalender.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Give the selected send a new date and time</source>
            <translation>Beri kiriman yang dipilih tanggal dan jam baru</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Go to today</source>
            <translation>Ke hari ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>It is %1: the text is changed there too.</source>
            <translation>Pesan ini %1: teksnya juga diubah di sana.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>It no longer repeats.</source>
            <translation>Pesan ini tidak diulang lagi.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>It still goes out on %1 at %2.</source>
            <translation>Pesan tetap dikirim pada %1 pukul %2.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>It will not be sent.</source>
            <translation>Pesan ini tidak akan dikirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>It will not be sent. It is %1; it is cancelled there too.</source>
            <translation>Pesan ini tidak akan dikirim. Pesan ini %1; di sana juga dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Keep it</source>
            <translation>Biarkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Keep repeating</source>
            <translation>Tetap ulangi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Moved to %1 at %2.</source>
            <translation>Dipindahkan ke %1 pukul %2.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>New message on %1…</source>
            <translation>Pesan baru pada %1…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>New message…</source>
            <translation>Pesan baru…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>New text for the message to %1 from %2:</source>
            <translation>Teks baru untuk pesan ke %1 dari %2:</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>New time for the message to %1 from %2:</source>
            <translation>Waktu baru untuk pesan ke %1 dari %2:</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Next month</source>
            <translation>Bulan berikutnya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Next month (Page Down)</source>
            <translation>Bulan berikutnya (Page Down)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>None of its coming times is sent. What was sent already stays in Reports.</source>
            <translation>Jadwal berikutnya tidak ada yang dikirim. Yang sudah terkirim tetap ada di Laporan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Nothing is scheduled on this day, and it has passed.</source>
            <translation>Tidak ada jadwal pada hari ini, dan harinya sudah lewat.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Previous month</source>
            <translation>Bulan sebelumnya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Previous month (Page Up)</source>
            <translation>Bulan sebelumnya (Page Up)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Queued: it is sent now.</source>
            <translation>Masuk antrean: dikirim sekarang.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Scheduler</source>
            <translation>Jadwal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Show the day or the week</source>
            <translation>Tampilkan hari atau minggu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Skipped: it will not be sent.</source>
            <translation>Dilewati: pesan ini tidak akan dikirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Stop repeating</source>
            <translation>Hentikan pengulangan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Stop this repeating message: “%1”?</source>
            <translation>Hentikan pesan berulang ini: “%1”?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Text changed; it goes out at the same time.</source>
            <translation>Teks diubah; pesan tetap dikirim pada waktu yang sama.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>The calendar could not be read: %1</source>
            <translation>Kalender tidak bisa dibaca: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>This send can no longer be changed: it was sent, moved or cancelled meanwhile.</source>
            <translation>Kiriman ini tidak bisa diubah lagi: sementara itu sudah dikirim, dipindahkan, atau dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>This send cannot be moved: it is %1, and goes out as planned.</source>
            <translation>Kiriman ini tidak bisa dipindahkan: pesan ini %1, dan dikirim sesuai rencana.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Times in %1, this computer's time zone</source>
            <translation>Jam yang tampil mengikuti %1, zona waktu komputer ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Today</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Week</source>
            <translation>Minggu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Week of %1</source>
            <translation>Minggu mulai %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>Write a message to send on the selected day</source>
            <translation>Tulis pesan untuk dikirim pada hari yang dipilih</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>a removed account</source>
            <translation>akun yang sudah dihapus</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/scheduler/panel.py" />
            <source>universal time</source>
            <translation>waktu universal</translation>
        </message>
    </context>
</TS>
