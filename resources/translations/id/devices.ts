<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>AccountDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>%1

Saved like this, the account cannot send messages until it is fixed. Save anyway?</source>
            <translation>%1

Jika disimpan seperti ini, akun tidak bisa mengirim pesan sampai masalahnya diperbaiki. Tetap simpan?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>%1 (optional)</source>
            <translation>%1 (opsional)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>%1 has no public address: give the one of your gateway</source>
            <translation>%1 tidak punya alamat umum: isi alamat gateway Anda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>%1 has no way to check the settings without sending a message: they are checked when the first message goes.</source>
            <translation>%1 tidak bisa memeriksa pengaturan tanpa mengirim pesan: pengaturan diperiksa saat pesan pertama dikirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>API address</source>
            <translation>Alamat API</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Account name</source>
            <translation>Nama akun</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Add a gateway account</source>
            <translation>Tambah akun gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Add account</source>
            <translation>Tambah akun</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>An account keeps its name; add a new account to use another</source>
            <translation>Nama akun tidak bisa diubah; tambah akun baru untuk memakai nama lain</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Ask the gateway with these settings, without saving them</source>
            <translation>Tanyakan ke gateway dengan pengaturan ini, tanpa menyimpannya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Asking the gateway…</source>
            <translation>Menghubungi gateway…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Connected. The phone is paired.</source>
            <translation>Terhubung. HP sudah terhubung.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Connected. WhatsApp %1 is paired.</source>
            <translation>Terhubung. WhatsApp %1 sudah terhubung.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Don't save</source>
            <translation>Jangan simpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Edit %1</source>
            <translation>Ubah %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Edit account</source>
            <translation>Ubah akun</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Gateway</source>
            <translation>Gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Give a web address that starts with https://</source>
            <translation>Isi alamat web yang diawali https://</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Give the account a name</source>
            <translation>Beri nama akun ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Keys and tokens are kept in your system's keyring, never in wadesk's files.</source>
            <translation>Kunci dan token disimpan di brankas kunci sistem (keyring), tidak pernah di berkas wadesk.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Leave a key empty to keep the one saved in the keyring.</source>
            <translation>Kosongkan kunci untuk tetap memakai yang tersimpan di brankas kunci sistem.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Leave empty to use %1</source>
            <translation>Kosongkan untuk memakai %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Not saved: %1</source>
            <translation>Tidak tersimpan: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Required</source>
            <translation>Wajib diisi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Required: %1 has no public address, give the one of your gateway</source>
            <translation>Wajib diisi: %1 tidak punya alamat umum, isi alamat gateway Anda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Required: https://your gateway's address</source>
            <translation>Wajib: https://alamat-gateway-anda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Save anyway</source>
            <translation>Tetap simpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Save anyway?</source>
            <translation>Tetap simpan?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Saved — leave empty to keep</source>
            <translation>Tersimpan — kosongkan untuk tetap memakainya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Show</source>
            <translation>Tampilkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Show or hide what you typed</source>
            <translation>Tampilkan atau sembunyikan yang Anda ketik</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Test connection</source>
            <translation>Tes koneksi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>The gateway accepted the settings.</source>
            <translation>Gateway menerima pengaturan ini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>The gateway accepted the settings. No phone is paired yet: pair one from Devices.</source>
            <translation>Gateway menerima pengaturan ini. Belum ada HP yang terhubung: hubungkan HP dari Perangkat.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>The gateway said: “%1”</source>
            <translation>Kata gateway: “%1”</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>The test failed. %1</source>
            <translation>Tes gagal. %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>The test of these settings just failed.</source>
            <translation>Tes pengaturan ini baru saja gagal.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>There is already an account with this name</source>
            <translation>Sudah ada akun dengan nama ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>This</source>
            <translation>Isian ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>This address is plain HTTP: the key would cross the network to %1 unencrypted. Use https://, or tick “Allow plain HTTP” below on a network you trust.</source>
            <translation>Alamat ini memakai HTTP biasa: kunci akan dikirim ke %1 tanpa enkripsi. Pakai https://, atau centang “Allow plain HTTP” di bawah jika jaringan Anda tepercaya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>Too long: a name has at most %1 characters, this one has %2</source>
            <translation>Terlalu panjang: nama paling banyak %1 karakter, yang ini %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>e.g. Toko Maju &amp; Jaya</source>
            <translation>mis. Toko Maju &amp; Jaya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/accounts.py" />
            <source>“%1” cannot be in a name: use letters, digits, spaces and %2</source>
            <translation>“%1” tidak boleh ada di nama: pakai huruf, angka, spasi, dan %2</translation>
        </message>
    </context>
    <context>
        <name>ConnectionSummary</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source> · %n need attention</source>
            <translation> · %n perlu dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source> · 1 needs attention</source>
            <translation> · 1 perlu dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source> · checking…</source>
            <translation> · sedang dicek…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>%1 of %2 phones connected</source>
            <translation>%1 dari %2 HP terhubung</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>%n accounts</source>
            <translation>%n akun</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>No accounts yet</source>
            <translation>Belum ada akun</translation>
        </message>
    </context>
    <context>
        <name>DeviceChoice</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/device_choice.py" />
            <source>Device</source>
            <translation>Perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/device_choice.py" />
            <source>This device's phone is not connected to WhatsApp: pair it again in Devices, or pick another.</source>
            <translation>HP perangkat ini tidak terhubung ke WhatsApp: hubungkan lagi di Perangkat, atau pilih yang lain.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/device_choice.py" />
            <source>or</source>
            <translation>atau</translation>
        </message>
    </context>
    <context>
        <name>DeviceTableModel</name>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>%1 of %2 today</source>
            <translation>%1 dari %2 hari ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>%n days left</source>
            <translation>%n hari lagi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>A new number sends a little more each day it sends without trouble.</source>
            <translation>Nomor baru mengirim sedikit lebih banyak setiap hari selama pengiriman lancar.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Account</source>
            <translation>Akun</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>At most %1 messages an hour (%2 this hour), to protect the number.</source>
            <translation>Paling banyak %1 pesan per jam (%2 jam ini), untuk melindungi nomor.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Checking…</source>
            <translation>Sedang dicek…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Connected</source>
            <translation>Terhubung</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Could not reach the gateway; check the internet connection</source>
            <translation>Gateway tidak bisa dihubungi; periksa koneksi internet</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Expires</source>
            <translation>Berakhir</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Gateway</source>
            <translation>Gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Its messages wait in the outbox. When the phone is fine again, choose Resume sending.</source>
            <translation>Pesannya menunggu di kotak keluar. Jika HP sudah normal lagi, pilih Lanjutkan kirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Its own words: “What the gateway said” in the Devices menu, or right-click.</source>
            <translation>Kata-kata aslinya: “Kata gateway” di menu Perangkat, atau klik kanan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Last checked</source>
            <translation>Terakhir dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Needs attention</source>
            <translation>Perlu dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Never</source>
            <translation>Belum pernah</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Not checked yet</source>
            <translation>Belum dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Not connected</source>
            <translation>Tidak terhubung</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Not reported</source>
            <translation>Tidak dilaporkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Pair the phone to send messages</source>
            <translation>Hubungkan HP untuk mengirim pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Paused</source>
            <translation>Dijeda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Quota</source>
            <translation>Kuota</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Ready</source>
            <translation>Siap</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Resting until %1</source>
            <translation>Istirahat s.d. %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Sending</source>
            <translation>Pengiriman</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Sending from this phone is paused, in the gateway's words:</source>
            <translation>Pengiriman dari HP ini dijeda, menurut gateway:</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>The gateway answered with an error</source>
            <translation>Gateway menjawab dengan galat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>The gateway asked to wait; sending goes on by itself, nothing is lost.</source>
            <translation>Gateway meminta menunggu; pengiriman lanjut sendiri, tidak ada yang hilang.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>The gateway asked to wait; wadesk will ask again later</source>
            <translation>Gateway meminta menunggu; wadesk akan bertanya lagi nanti</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>The gateway did not accept the account's key; check it with Edit account</source>
            <translation>Gateway tidak menerima kunci akun ini; periksa lewat Ubah akun</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>The gateway subscription has ended</source>
            <translation>Langganan gateway sudah berakhir</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>The last check did not work</source>
            <translation>Pengecekan terakhir gagal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>The subscription ends in %n days</source>
            <translation>Langganan berakhir dalam %n hari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>This gateway does not report whether the phone is connected</source>
            <translation>Gateway ini tidak melaporkan apakah HP terhubung</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Unknown</source>
            <translation>Tidak diketahui</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Waiting for scan</source>
            <translation>Menunggu dipindai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>Waiting until %1</source>
            <translation>Menunggu s.d. %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>WhatsApp number</source>
            <translation>Nomor WhatsApp</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/devices.py" />
            <source>warm-up day %1 of %2</source>
            <translation>pemanasan hari %1/%2</translation>
        </message>
    </context>
    <context>
        <name>DevicesPanel</name>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source> or </source>
            <translation> atau </translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>%1 does not offer %2</source>
            <translation>%1 tidak menyediakan %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>%1 queued or scheduled message(s) cancelled.</source>
            <translation>%1 pesan yang menunggu atau terjadwal dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Account “%1” added.</source>
            <translation>Akun “%1” ditambahkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Account “%1” added. Next, pair its phone.</source>
            <translation>Akun “%1” ditambahkan. Berikutnya, hubungkan HP-nya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Account “%1” removed; its history stays in the reports.</source>
            <translation>Akun “%1” dihapus; riwayatnya tetap ada di laporan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Add account…</source>
            <translation>Tambah akun…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Add the account you use with your WhatsApp gateway, then pair your phone by scanning a QR code. Its API key is kept in your system's keyring.</source>
            <translation>Tambahkan akun gateway WhatsApp Anda, lalu hubungkan HP dengan memindai kode QR. Kunci API-nya disimpan di brankas kunci sistem (keyring).</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Below is the last answer of %1, in its own words, as it may help its support team.</source>
            <translation>Di bawah ini jawaban terakhir %1 apa adanya, mungkin berguna bagi tim dukungannya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Changes to “%1” saved.</source>
            <translation>Perubahan “%1” disimpan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Could not remove the account: %1</source>
            <translation>Akun tidak bisa dihapus: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Devices</source>
            <translation>Perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Disconnect</source>
            <translation>Putuskan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Disconnect the phone of “%1”?</source>
            <translation>Putuskan HP “%1”?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Each account's phone and its connection to WhatsApp.</source>
            <translation>HP setiap akun dan koneksinya ke WhatsApp.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Edit account…</source>
            <translation>Ubah akun…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Its keys are deleted from the keyring and its queued and scheduled messages are cancelled. Its message history stays on this computer, in the reports, marked as from a removed account. The account at %1 itself is not touched.</source>
            <translation>Kuncinya dihapus dari brankas kunci sistem, dan pesannya yang menunggu atau terjadwal dibatalkan. Riwayat pesannya tetap ada di komputer ini, di laporan, ditandai dari akun yang dihapus. Akun di %1 sendiri tidak diubah.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>No accounts yet</source>
            <translation>Belum ada akun</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Pair phone…</source>
            <translation>Hubungkan HP…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Refresh</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Remove account</source>
            <translation>Hapus akun</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Remove account…</source>
            <translation>Hapus akun…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Remove “%1”?</source>
            <translation>Hapus “%1”?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Restart</source>
            <translation>Mulai ulang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Resume sending</source>
            <translation>Lanjutkan kirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Send again from this phone: its messages were kept in the outbox while sending was paused</source>
            <translation>Kirim lagi dari HP ini: pesannya disimpan di kotak keluar selama pengiriman dijeda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>Sending from “%1” goes on; its waiting messages go out at its pace.</source>
            <translation>Pengiriman dari “%1” berlanjut; pesan yang menunggu dikirim sesuai kecepatan kirimnya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>What the gateway said</source>
            <translation>Kata gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>What the gateway said…</source>
            <translation>Kata gateway…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>WhatsApp logs this device out. To send again, pair the phone by scanning a new code.</source>
            <translation>WhatsApp akan mengeluarkan perangkat ini. Untuk mengirim lagi, hubungkan HP dengan memindai kode baru.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>disconnect or restart</source>
            <translation>putuskan atau mulai ulang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>pairing by QR code</source>
            <translation>menghubungkan lewat kode QR</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>“%1” disconnected.</source>
            <translation>“%1” diputuskan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>“%1” is paired.</source>
            <translation>“%1” sudah terhubung.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/devices.py" />
            <source>“%1” is restarting.</source>
            <translation>“%1” sedang dimulai ulang.</translation>
        </message>
    </context>
    <context>
        <name>GatewayDetails</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>Details</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>Show what the gateway itself answered</source>
            <translation>Tampilkan jawaban asli gateway</translation>
        </message>
    </context>
    <context>
        <name>GatewayWords</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>%1 asks to wait a moment. Try again in a minute.</source>
            <translation>%1 meminta menunggu sebentar. Coba lagi dalam semenit.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>%1 did not accept the request.</source>
            <translation>%1 tidak menerima permintaan ini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>%1 refused the token or key. Copy them again from your %1 dashboard.</source>
            <translation>%1 menolak token atau kuncinya. Salin lagi dari dasbor %1 Anda.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>The gateway said: “%1”</source>
            <translation>Kata gateway: “%1”</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>What happened: %1</source>
            <translation>Yang terjadi: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>wadesk could not reach %1 at this address. Check the address and the internet connection.</source>
            <translation>wadesk tidak bisa menghubungi %1 di alamat ini. Periksa alamat dan koneksi internet.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/gateway_words.py" />
            <source>wadesk could not send anything to %1 with these settings.</source>
            <translation>wadesk tidak bisa mengirim apa pun ke %1 dengan pengaturan ini.</translation>
        </message>
    </context>
    <context>
        <name>OutboxSummary</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>%n scheduled</source>
            <translation>%n terjadwal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>%n sending</source>
            <translation>%n sedang dikirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>%n to check</source>
            <translation>%n perlu dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>%n waiting</source>
            <translation>%n menunggu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>Outbox empty</source>
            <translation>Kotak keluar kosong</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>Outbox: %1</source>
            <translation>Kotak keluar: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/status_summary.py" />
            <source>Outbox: checking…</source>
            <translation>Kotak keluar: sedang dicek…</translation>
        </message>
    </context>
    <context>
        <name>PairingDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>%1 account · the phone's WhatsApp links to the gateway</source>
            <translation>Akun %1 · WhatsApp di HP terhubung ke gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Ask the gateway for a fresh code now</source>
            <translation>Minta kode baru ke gateway sekarang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Asking the gateway for a pairing code…</source>
            <translation>Meminta kode QR ke gateway…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Getting a new code…</source>
            <translation>Mengambil kode baru…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>New code</source>
            <translation>Kode baru</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Open WhatsApp on the phone you want to send from.</source>
            <translation>Buka WhatsApp di HP yang akan dipakai mengirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Pair a phone with %1</source>
            <translation>Hubungkan HP ke %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Pair a phone — %1</source>
            <translation>Hubungkan HP — %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Plays the phone: tells the built-in simulator that this code was scanned.</source>
            <translation>Berperan sebagai HP: memberi tahu simulator bawaan bahwa kode ini sudah dipindai.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Simulate scan (demo)</source>
            <translation>Simulasikan pindai (demo)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Simulated phone scanned the code; waiting for the gateway to confirm…</source>
            <translation>HP simulasi sudah memindai kode; menunggu konfirmasi gateway…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Tap Link a device and point the phone at the code.</source>
            <translation>Ketuk Tautkan perangkat dan arahkan HP ke kode.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Tap ⋮ Menu (Android) or Settings (iPhone), then Linked devices.</source>
            <translation>Ketuk Menu ⋮ (Android) atau Pengaturan (iPhone), lalu Perangkat tertaut.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>The gateway did not give a pairing code.</source>
            <translation>Gateway tidak memberi kode QR.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>This gateway does not tell wadesk when the phone is paired. After scanning, check that the phone lists the device under Linked devices, then close this window.</source>
            <translation>Gateway ini tidak memberi tahu wadesk saat HP sudah terhubung. Setelah memindai, pastikan perangkat ini ada di Perangkat tertaut di HP, lalu tutup jendela ini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Try again when the problem is fixed, or close this window.</source>
            <translation>Coba lagi setelah masalahnya beres, atau tutup jendela ini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>Waiting for the phone to scan the code…</source>
            <translation>Menunggu HP memindai kode…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/pairing.py" />
            <source>You can send messages from this phone now.</source>
            <translation>Sekarang Anda bisa mengirim pesan dari HP ini.</translation>
        </message>
    </context>
    <context>
        <name>QrView</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>A new code comes in %1</source>
            <translation>Kode baru dalam %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Asking the gateway for a pairing code…</source>
            <translation>Meminta kode QR ke gateway…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Getting a new code…</source>
            <translation>Mengambil kode baru…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Open in browser</source>
            <translation>Buka di browser</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Open the scan page from your gateway's dashboard and scan the code shown there.</source>
            <translation>Buka halaman pindai dari dasbor gateway Anda dan pindai kode yang tampil di sana.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Paired</source>
            <translation>Terhubung</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Pairing QR code</source>
            <translation>Kode QR untuk menghubungkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Pairing stopped</source>
            <translation>Gagal menghubungkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Scan the code with the phone</source>
            <translation>Pindai kode dengan HP</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>The gateway sent a pairing code that cannot be shown.</source>
            <translation>Gateway mengirim kode QR yang tidak bisa ditampilkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>The phone is connected.</source>
            <translation>HP sudah terhubung.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>This gateway shows the pairing code on its own web page.</source>
            <translation>Gateway ini menampilkan kode QR di halaman webnya sendiri.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>Try again</source>
            <translation>Coba lagi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>WhatsApp %1 is connected.</source>
            <translation>WhatsApp %1 sudah terhubung.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/qr_view.py" />
            <source>wadesk notices by itself when the phone is paired</source>
            <translation>wadesk tahu sendiri saat HP sudah terhubung</translation>
        </message>
    </context>
</TS>
