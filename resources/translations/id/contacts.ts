<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>BadRowModel</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Why it was not imported</source>
            <translation>Alasan tidak diimpor</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>A local number is read as one from your region, set in Preferences.</source>
            <translation>Nomor lokal dibaca sebagai nomor dari wilayah Anda, yang diatur di Pengaturan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Add a contact</source>
            <translation>Tambah kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Add contact</source>
            <translation>Tambah kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Edit %1</source>
            <translation>Ubah %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Edit contact</source>
            <translation>Ubah kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Line %1 of the other details needs a name and a value, like “City: Bandung”.</source>
            <translation>Baris %1 di detail lain perlu nama dan isi, misalnya “Kota: Bandung”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>One per line, e.g.
City: Bandung
Birthday: 12 May</source>
            <translation>Satu per baris, misalnya
Kota: Bandung
Ulang tahun: 12 Mei</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Other details</source>
            <translation>Detail lain</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Type the contact's WhatsApp number.</source>
            <translation>Ketik nomor WhatsApp kontak ini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>WhatsApp number</source>
            <translation>Nomor WhatsApp</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>e.g. 0812-3456-7890</source>
            <translation>mis. 0812-3456-7890</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>e.g. Siti Rahmawati</source>
            <translation>mis. Siti Rahmawati</translation>
        </message>
    </context>
    <context>
        <name>ContactFiles</name>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>%1 contacts saved to %2</source>
            <translation>%1 kontak disimpan ke %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>1 contact saved to %2</source>
            <translation>1 kontak disimpan ke %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>CSV file (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Could not export: %1</source>
            <translation>Gagal mengekspor: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Export all %1 contacts</source>
            <translation>Ekspor semua %1 kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Export the %1 contacts found</source>
            <translation>Ekspor %1 kontak yang ditemukan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Export the %1 selected contacts</source>
            <translation>Ekspor %1 kontak yang dipilih</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Export the 1 contact found</source>
            <translation>Ekspor 1 kontak yang ditemukan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Export your 1 contact</source>
            <translation>Ekspor 1 kontak Anda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Export…</source>
            <translation>Ekspor…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Import contacts from a CSV, Excel or vCard file</source>
            <translation>Impor kontak dari berkas CSV, Excel, atau vCard</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Import finished: %1 added, %2 updated.</source>
            <translation>Impor selesai: %1 ditambahkan, %2 diperbarui.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Import stopped: %1 added, %2 updated.</source>
            <translation>Impor dihentikan: %1 ditambahkan, %2 diperbarui.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Import…</source>
            <translation>Impor…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Save the contacts shown, or those selected, to an Excel or CSV file</source>
            <translation>Simpan kontak yang tampil, atau yang dipilih, ke berkas Excel atau CSV</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>contacts</source>
            <translation>kontak</translation>
        </message>
    </context>
    <context>
        <name>ContactGateway</name>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Check all</source>
            <translation>Cek semua</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Check all %1 contacts shown?</source>
            <translation>Cek semua %1 kontak yang tampil?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Check numbers</source>
            <translation>Cek nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Check numbers on WhatsApp, contacts on your devices and their WhatsApp groups</source>
            <translation>Cek nomor di WhatsApp, kontak di perangkat Anda, dan grup WhatsApp-nya</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Check numbers…</source>
            <translation>Cek nomor…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Check the contact shown?</source>
            <translation>Cek kontak yang tampil?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Find out which of the selected numbers are on WhatsApp</source>
            <translation>Cari tahu nomor terpilih mana yang terdaftar di WhatsApp</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Get contacts from a device…</source>
            <translation>Ambil kontak dari perangkat…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>No contact is selected. To check only some, select them first.</source>
            <translation>Belum ada kontak yang dipilih. Untuk mengecek sebagian saja, pilih dulu kontaknya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Send selected to a device…</source>
            <translation>Kirim yang dipilih ke perangkat…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>WhatsApp groups…</source>
            <translation>Grup WhatsApp…</translation>
        </message>
    </context>
    <context>
        <name>ContactGroups</name>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 added to “%2”.</source>
            <translation>%1 ditambahkan ke “%2”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 already has the tag “%2”.</source>
            <translation>%1 sudah punya label “%2”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 can be messaged again.</source>
            <translation>%1 bisa dikirimi pesan lagi.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 contacts</source>
            <translation>%1 kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 contacts added to “%2”.</source>
            <translation>%1 kontak ditambahkan ke “%2”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 contacts can be messaged again.</source>
            <translation>%1 kontak bisa dikirimi pesan lagi.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 contacts taken out of “%2”.</source>
            <translation>%1 kontak dikeluarkan dari “%2”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 contacts will not be messaged.</source>
            <translation>%1 kontak tidak akan dikirimi pesan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 could be messaged already.</source>
            <translation>%1 memang sudah bisa dikirimi pesan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 does not have the tag “%2”.</source>
            <translation>%1 tidak punya label “%2”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 had already asked not to be messaged.</source>
            <translation>%1 memang sudah minta tidak dikirimi pesan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 had it already.</source>
            <translation>%1 sudah punya label ini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 messages a gateway holds for later were not cancelled.</source>
            <translation>%1 pesan terjadwal yang disimpan gateway tidak dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 messages waiting for them were cancelled.</source>
            <translation>%1 pesan yang menunggu untuk mereka dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 taken out of “%2”.</source>
            <translation>%1 dikeluarkan dari “%2”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 will not be messaged.</source>
            <translation>%1 tidak akan dikirimi pesan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>1 contact</source>
            <translation>1 kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>1 contact added to “%2”.</source>
            <translation>1 kontak ditambahkan ke “%2”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>1 contact taken out of “%1”.</source>
            <translation>1 kontak dikeluarkan dari “%1”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>1 message waiting for them was cancelled.</source>
            <translation>1 pesan yang menunggu untuk mereka dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Add to tag</source>
            <translation>Tambahkan ke label</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Allow messages again</source>
            <translation>Izinkan pesan lagi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Clear the search</source>
            <translation>Hapus pencarian</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Could not do that: %1</source>
            <translation>Tidak bisa dilakukan: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Create tag</source>
            <translation>Buat label</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Do not message</source>
            <translation>Jangan dikirimi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Do not message %1?</source>
            <translation>Jangan kirimi %1 pesan lagi?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Do not message…</source>
            <translation>Jangan dikirimi…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Everyone can be messaged</source>
            <translation>Semua kontak bisa dikirimi pesan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Manage tags…</source>
            <translation>Kelola label…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Name of the new tag for the %1 selected:</source>
            <translation>Nama label baru untuk %1 kontak yang dipilih:</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Name of the new tag for the contact selected:</source>
            <translation>Nama label baru untuk kontak yang dipilih:</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>New tag</source>
            <translation>Label baru</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>New tag from selection…</source>
            <translation>Label baru dari pilihan…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>No contact has asked not to be messaged.</source>
            <translation>Belum ada kontak yang minta tidak dikirimi pesan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>No contact has this tag yet</source>
            <translation>Belum ada kontak dengan label ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>No contact with the tag “%1” has “%2” in their name or number.</source>
            <translation>Tidak ada kontak berlabel “%1” yang nama atau nomornya mengandung “%2”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>No one on the Do not message list has “%1” in their name or number.</source>
            <translation>Tidak ada kontak di daftar Jangan dikirimi yang nama atau nomornya mengandung “%1”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>None of them has the tag “%1”.</source>
            <translation>Tidak satu pun punya label “%1”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Remove from tag</source>
            <translation>Hapus dari label</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Show all contacts</source>
            <translation>Tampilkan semua kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Show all contacts, select the ones to tag, then choose Tags, Add to tag, “%1”.</source>
            <translation>Tampilkan semua kontak, pilih yang ingin diberi label, lalu pilih Label, Tambahkan ke label, “%1”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Tag “%1” created for %2.</source>
            <translation>Label “%1” dibuat untuk %2.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Tag “%1” created with %2 contacts.</source>
            <translation>Label “%1” dibuat dengan %2 kontak.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Tag “%1” created with 1 contact.</source>
            <translation>Label “%1” dibuat dengan 1 kontak.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Tags</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>The tag “%1” was renamed or deleted elsewhere: all contacts are shown.</source>
            <translation>Label “%1” diganti namanya atau dihapus di tempat lain: semua kontak ditampilkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>There is already a tag called “%1”: choose Tags, Add to tag, “%1”.</source>
            <translation>Sudah ada label bernama “%1”: pilih Label, Tambahkan ke label, “%1”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>They had all asked not to be messaged already.</source>
            <translation>Semuanya memang sudah minta tidak dikirimi pesan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>wadesk will leave them out of every send, and cancel the messages still waiting to go to them. You can allow messages again at any time.</source>
            <translation>wadesk tidak akan menyertakan mereka di setiap pengiriman, dan membatalkan pesan yang masih menunggu untuk mereka. Anda bisa mengizinkan pesan lagi kapan saja.</translation>
        </message>
    </context>
    <context>
        <name>ContactImportDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>%1 added, %2 updated.</source>
            <translation>%1 ditambahkan, %2 diperbarui.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>%1 already in your address book kept as they were.</source>
            <translation>%1 yang sudah ada di daftar kontak dibiarkan seperti semula.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>%1 columns</source>
            <translation>%1 kolom</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>%1 contacts</source>
            <translation>%1 kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>%1 marked “Do not message”.</source>
            <translation>%1 ditandai “Jangan dikirimi”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>%1 rows could not be imported:</source>
            <translation>%1 baris tidak bisa diimpor:</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>%1 rows read, %2 contacts saved</source>
            <translation>%1 baris dibaca, %2 kontak disimpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>(empty in the first rows)</source>
            <translation>(kosong di baris-baris awal)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>1 row could not be imported:</source>
            <translation>1 baris tidak bisa diimpor:</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>A CSV or Excel sheet, a Google Contacts or Outlook export, or a vCard file from a phone. You can also drop the file here.</source>
            <translation>Lembar CSV atau Excel, hasil ekspor Google Contacts atau Outlook, atau berkas vCard dari HP. Anda juga bisa menyeret berkasnya ke sini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Another file…</source>
            <translation>Berkas lain…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>CSV file (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Card</source>
            <translation>Kartu</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Choose a file of contacts</source>
            <translation>Pilih berkas kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Choose file…</source>
            <translation>Pilih berkas…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Choose “WhatsApp number” for the column that holds the numbers.</source>
            <translation>Pilih “Nomor WhatsApp” untuk kolom yang berisi nomor.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Choose “WhatsApp number” for the column that holds them.</source>
            <translation>Pilih “Nomor WhatsApp” untuk kolom yang berisi nomor.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Column in the file</source>
            <translation>Kolom di berkas</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Columns of the file</source>
            <translation>Kolom-kolom berkas</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Contact files (%1);;All files (*)</source>
            <translation>Berkas kontak (%1);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Contacts are saved %1 at a time. Stopping keeps those already saved in your address book.</source>
            <translation>Kontak disimpan %1 sekaligus. Jika dihentikan, kontak yang sudah tersimpan tetap ada di daftar kontak.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Copy list</source>
            <translation>Salin daftar</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Could not save the list to %1: the folder may be read-only, or the file open in another program.</source>
            <translation>Gagal menyimpan daftar ke %1: mungkin foldernya hanya-baca, atau berkasnya sedang dibuka di program lain.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Detail “%1”</source>
            <translation>Detail “%1”</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>First name</source>
            <translation>Nama depan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>First values</source>
            <translation>Contoh isi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>For a list of people who asked not to receive messages: wadesk will not message them until you allow it again.</source>
            <translation>Untuk daftar orang yang minta tidak dikirimi pesan: wadesk tidak akan mengirimi mereka pesan sampai Anda mengizinkannya lagi.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Import contacts</source>
            <translation>Impor kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Import finished</source>
            <translation>Impor selesai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Import stopped</source>
            <translation>Impor dihentikan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Importing %1…</source>
            <translation>Mengimpor %1…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Keep them as they are</source>
            <translation>Biarkan seperti semula</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Last name</source>
            <translation>Nama belakang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Leave out</source>
            <translation>Lewati</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Mark everyone in this file as “Do not message”</source>
            <translation>Tandai semua orang di berkas ini sebagai “Jangan dikirimi”</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Middle name</source>
            <translation>Nama tengah</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Numbers already in your address book:</source>
            <translation>Nomor yang sudah ada di daftar kontak:</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Reading the file…</source>
            <translation>Membaca berkas…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Recognised as %1 (%2). Check what each column is used as, then import.</source>
            <translation>Dikenali sebagai %1 (%2). Periksa kegunaan tiap kolom, lalu impor.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Rows not imported</source>
            <translation>Baris yang tidak diimpor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Save list…</source>
            <translation>Simpan daftar…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Save the rows not imported</source>
            <translation>Simpan baris yang tidak diimpor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Saved to %1</source>
            <translation>Disimpan ke %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Stop</source>
            <translation>Hentikan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Stopped before the end: the contacts above were saved, the rest of the file was not.</source>
            <translation>Dihentikan sebelum selesai: kontak di atas sudah tersimpan, sisa berkas tidak.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Stopping after the contacts being saved…</source>
            <translation>Menghentikan setelah kontak yang sedang disimpan…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>The list is copied: paste it into a spreadsheet or a message.</source>
            <translation>Daftar sudah disalin: tempel ke lembar kerja atau pesan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Update them with what this file says</source>
            <translation>Perbarui sesuai isi berkas ini</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Use as</source>
            <translation>Dipakai sebagai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Use column “%1” as</source>
            <translation>Pakai kolom “%1” sebagai</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>WhatsApp number</source>
            <translation>Nomor WhatsApp</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Which column is what in %1?</source>
            <translation>Kolom mana berisi apa di %1?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>a Google Contacts export</source>
            <translation>hasil ekspor Google Contacts</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>a table</source>
            <translation>tabel</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>a vCard file of contacts</source>
            <translation>berkas kontak vCard</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>about %1 rows</source>
            <translation>sekitar %1 baris</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>an Excel sheet</source>
            <translation>lembar Excel</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>an Outlook export</source>
            <translation>hasil ekspor Outlook</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>not-imported</source>
            <translation>tidak-diimpor</translation>
        </message>
    </context>
    <context>
        <name>ContactPushDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1 refused some:</source>
            <translation>%1 menolak sebagian:</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Sending %1 to %2…</source>
            <translation>Mengirim %1 ke %2…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>The contacts were not sent.</source>
            <translation>Kontak tidak terkirim.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>and %1 more</source>
            <translation>dan %1 lainnya</translation>
        </message>
    </context>
    <context>
        <name>ContactSyncDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1 contacts</source>
            <translation>%1 kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1 has %2: %3 new, %4 of yours would get what they lack, %5 the same as yours.</source>
            <translation>%1 punya %2: %3 baru, %4 milik Anda akan dilengkapi, %5 sama dengan milik Anda.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1 of %2 saved on %3.</source>
            <translation>%1 dari %2 tersimpan di %3.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1 of its entries are not phone numbers and are left out.</source>
            <translation>%1 entrinya bukan nomor telepon dan dilewati.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1 of your values differ from the device's.</source>
            <translation>%1 data Anda berbeda dengan data di perangkat.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1: %2 added</source>
            <translation>%1: %2 ditambahkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1: yours “%2”, the device's “%3”</source>
            <translation>%1: milik Anda “%2”, di perangkat “%3”</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>1 contact</source>
            <translation>1 kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>1 of your values differs from the device's.</source>
            <translation>1 data Anda berbeda dengan data di perangkat.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Asking %1 for its contacts…</source>
            <translation>Meminta kontak dari %1…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Change</source>
            <translation>Perubahan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Could not get the contacts.</source>
            <translation>Gagal mengambil kontak.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Differs</source>
            <translation>Berbeda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Filled in</source>
            <translation>Dilengkapi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>From %1: %2 added, %3 updated.</source>
            <translation>Dari %1: %2 ditambahkan, %3 diperbarui.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Get contacts from a device</source>
            <translation>Ambil kontak dari perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Name or details</source>
            <translation>Nama atau detail</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>New</source>
            <translation>Baru</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>None of your devices keeps a contact list. Devices on %1 do: add one in Devices (the first page of the window), then come back here.</source>
            <translation>Tidak ada perangkat Anda yang menyimpan daftar kontak. Perangkat di %1 menyimpannya: tambahkan satu di Perangkat (halaman pertama jendela), lalu kembali ke sini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Nothing to take.</source>
            <translation>Tidak ada yang perlu diambil.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Nothing was written.</source>
            <translation>Tidak ada yang disimpan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Send</source>
            <translation>Kirim</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Send %1 to a device</source>
            <translation>Kirim %1 ke perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Send contacts to a device</source>
            <translation>Kirim kontak ke perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Some gateways keep their own contact list. See what it would add to your address book before anything changes.</source>
            <translation>Beberapa gateway menyimpan daftar kontaknya sendiri. Lihat apa yang akan ditambahkan ke daftar kontak Anda sebelum ada yang berubah.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>They are added to the device's own contact list, or updated there when it has them already. Your address book does not change.</source>
            <translation>Kontak ditambahkan ke daftar kontak perangkat, atau diperbarui di sana jika sudah ada. Daftar kontak Anda tidak berubah.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Tick a name that differs to take the device's; otherwise yours is kept.</source>
            <translation>Centang nama yang berbeda untuk memakai nama dari perangkat; jika tidak, nama Anda yang dipakai.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Ticked: take the device's; not ticked: keep yours</source>
            <translation>Dicentang: pakai dari perangkat; tidak dicentang: pakai milik Anda</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>What would change</source>
            <translation>Yang akan berubah</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Writing to your address book…</source>
            <translation>Menyimpan ke daftar kontak Anda…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>name</source>
            <translation>nama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>no name</source>
            <translation>tanpa nama</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Accepted</source>
            <translation>Masuk gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Asked not to be messaged on %1</source>
            <translation>Minta tidak dikirimi pesan pada %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Checked %1</source>
            <translation>Dicek %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Do not message</source>
            <translation>Jangan dikirimi</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Last message</source>
            <translation>Pesan terakhir</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Last message: %1, %2</source>
            <translation>Pesan terakhir: %1, %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>No</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Not checked</source>
            <translation>Belum dicek</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>On WhatsApp</source>
            <translation>Terdaftar WA</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Other details</source>
            <translation>Detail lain</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Tags</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>%1 added.</source>
            <translation>%1 ditambahkan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>%1 contacts</source>
            <translation>%1 kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>%1 contacts deleted.</source>
            <translation>%1 kontak dihapus.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>%1 deleted.</source>
            <translation>%1 dihapus.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>%1 found</source>
            <translation>%1 ditemukan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>%1 selected</source>
            <translation>%1 dipilih</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>1 contact</source>
            <translation>1 kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Add contact…</source>
            <translation>Tambah kontak…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Add the people you send messages to, with their name and WhatsApp number. The address book stays on this computer.</source>
            <translation>Tambahkan orang yang Anda kirimi pesan, dengan nama dan nomor WhatsApp-nya. Daftar kontak tetap tersimpan di komputer ini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Changes to %1 saved.</source>
            <translation>Perubahan pada %1 disimpan.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Clear the search</source>
            <translation>Hapus pencarian</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Contacts</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Could not delete: %1</source>
            <translation>Gagal menghapus: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Could not read the address book: %1</source>
            <translation>Gagal membaca daftar kontak: %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Delete %1 contacts?</source>
            <translation>Hapus %1 kontak?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Delete %1?</source>
            <translation>Hapus %1?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Delete contacts</source>
            <translation>Hapus kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Delete…</source>
            <translation>Hapus…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Edit…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>No contact found</source>
            <translation>Kontak tidak ditemukan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>No contact's name or number has what you typed.</source>
            <translation>Tidak ada nama atau nomor kontak yang cocok dengan ketikan Anda.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>No contact's name or number has “%1”.</source>
            <translation>Tidak ada nama atau nomor kontak yang mengandung “%1”.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>No contacts yet</source>
            <translation>Belum ada kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Search</source>
            <translation>Cari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Search by name or number</source>
            <translation>Cari nama atau nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Search contacts</source>
            <translation>Cari kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>They are removed from the address book on this computer. Messages already sent to them stay in the history.</source>
            <translation>Kontak dihapus dari daftar kontak di komputer ini. Pesan yang sudah terkirim ke mereka tetap ada di riwayat.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Your customers' names and WhatsApp numbers.</source>
            <translation>Nama dan nomor WhatsApp pelanggan Anda.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_export.py" />
            <source>Export contacts</source>
            <translation>Ekspor kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_export.py" />
            <source>Exporting %1 contacts to %2…</source>
            <translation>Mengekspor %1 kontak ke %2…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_export.py" />
            <source>Exporting 1 contact to %1…</source>
            <translation>Mengekspor 1 kontak ke %1…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_export.py" />
            <source>Stop</source>
            <translation>Hentikan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_export.py" />
            <source>Stopping leaves no file behind.</source>
            <translation>Jika dihentikan, tidak ada berkas yang tertinggal.</translation>
        </message>
    </context>
    <context>
        <name>GroupFilter</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/group_filter.py" />
            <source>All contacts (%1)</source>
            <translation>Semua kontak (%1)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/group_filter.py" />
            <source>Do not message (%1)</source>
            <translation>Jangan dikirimi (%1)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/group_filter.py" />
            <source>Manage tags…</source>
            <translation>Kelola label…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/group_filter.py" />
            <source>Show</source>
            <translation>Tampilkan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/group_filter.py" />
            <source>Show every contact, the contacts with one tag, or those not to be messaged</source>
            <translation>Tampilkan semua kontak, kontak dengan satu label, atau yang tidak boleh dikirimi pesan</translation>
        </message>
    </context>
    <context>
        <name>NumberCheckDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>%1 left.</source>
            <translation>Tinggal %1 lagi.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>%1 numbers</source>
            <translation>%1 nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>, %1 the gateway could not tell</source>
            <translation>, %1 tidak bisa dipastikan gateway</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>1 number</source>
            <translation>1 nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>: %1 on WhatsApp, %2 not</source>
            <translation>: %1 terdaftar di WhatsApp, %2 tidak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Check %1 on WhatsApp</source>
            <translation>Cek %1 di WhatsApp</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Check numbers</source>
            <translation>Cek nomor</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Checked %1 of %2</source>
            <translation>Sudah dicek %1 dari %2</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Done. The answers are in the On WhatsApp column, with the date they were checked.</source>
            <translation>Selesai. Hasilnya ada di kolom Terdaftar WA, beserta tanggal pengecekannya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Find out which of these numbers use WhatsApp, so messages go where they can arrive.</source>
            <translation>Cari tahu nomor mana yang memakai WhatsApp, agar pesan dikirim ke nomor yang bisa menerimanya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>None of your devices can check numbers. Add a device on %1 in Devices (the first page of the window), then come back here.</source>
            <translation>Tidak ada perangkat Anda yang bisa mengecek nomor. Tambahkan perangkat di %1 lewat Perangkat (halaman pertama jendela), lalu kembali ke sini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Progress of the check</source>
            <translation>Kemajuan pengecekan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Stop</source>
            <translation>Hentikan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Stop checking; the answers received so far are kept</source>
            <translation>Hentikan pengecekan; hasil yang sudah diterima tetap disimpan</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Stopped: %1 of %2 checked. Their answers are kept; the others are not checked.</source>
            <translation>Dihentikan: %1 dari %2 sudah dicek. Hasilnya disimpan; sisanya belum dicek.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Stopping…</source>
            <translation>Menghentikan…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>The answers before it are kept: %1 of %2 checked.</source>
            <translation>Hasil sebelumnya tetap disimpan: %1 dari %2 sudah dicek.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>The check stopped.</source>
            <translation>Pengecekan berhenti.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>The pause is on purpose: gateways watch number checks, and many in a row look like someone collecting numbers, which can get the device banned.</source>
            <translation>Jeda ini disengaja: gateway mengawasi pengecekan nomor, dan terlalu banyak berturut-turut terlihat seperti orang yang mengumpulkan nomor, sehingga perangkat bisa diblokir.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>This takes %1.</source>
            <translation>Butuh waktu %1.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>This takes %1: %2 checks one number at a time, with %3 between.</source>
            <translation>Butuh waktu %1: %2 mengecek satu per satu, dengan %3 di antaranya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>This takes %1: %2 is asked about them all at once.</source>
            <translation>Butuh waktu %1: %2 mengecek semuanya sekaligus.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>This takes %1: %2 numbers at a time, with %3 between.</source>
            <translation>Butuh waktu %1: %2 nomor sekaligus, dengan %3 di antaranya.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>a pause of %1 seconds</source>
            <translation>jeda %1 detik</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>a pause of %1 to %2 seconds</source>
            <translation>jeda %1 sampai %2 detik</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>about %1 days</source>
            <translation>sekitar %1 hari</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>about %1 hours</source>
            <translation>sekitar %1 jam</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>about %1 hours %2 minutes</source>
            <translation>sekitar %1 jam %2 menit</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>about %1 minutes</source>
            <translation>sekitar %1 menit</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>about a minute</source>
            <translation>sekitar satu menit</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>less than a minute</source>
            <translation>kurang dari satu menit</translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>%1 contacts</source>
            <translation>%1 kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>%1 contacts lose this tag. The contacts stay in the address book.</source>
            <translation>Label ini dilepas dari %1 kontak. Kontaknya tetap ada di daftar kontak.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>1 contact</source>
            <translation>1 kontak</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>1 contact loses this tag. The contact stays in the address book.</source>
            <translation>Label ini dilepas dari 1 kontak. Kontaknya tetap ada di daftar kontak.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>A tag groups contacts, such as your wholesale buyers, to find them and send them a message together.</source>
            <translation>Label mengelompokkan kontak, misalnya pembeli grosir Anda, agar mudah dicari dan dikirimi pesan bersama.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>A tag needs a name.</source>
            <translation>Label perlu nama.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Create tag</source>
            <translation>Buat label</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Delete tag</source>
            <translation>Hapus label</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Delete the tag “%1”?</source>
            <translation>Hapus label “%1”?</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Delete…</source>
            <translation>Hapus…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Name of the new tag:</source>
            <translation>Nama label baru:</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>New name for “%1”:</source>
            <translation>Nama baru untuk “%1”:</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>New tag</source>
            <translation>Label baru</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>New tag…</source>
            <translation>Label baru…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>No contact has this tag.</source>
            <translation>Tidak ada kontak dengan label ini.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>No tags yet. Create one, then tag contacts from the table.</source>
            <translation>Belum ada label. Buat satu, lalu beri label pada kontak dari tabel.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Rename</source>
            <translation>Ganti nama</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Rename tag</source>
            <translation>Ganti nama label</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Rename the tag (F2)</source>
            <translation>Ganti nama label (F2)</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Rename…</source>
            <translation>Ganti nama…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Tag “%1” created.</source>
            <translation>Label “%1” dibuat.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Tag “%1” deleted; its contacts are kept.</source>
            <translation>Label “%1” dihapus; kontaknya tetap ada.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Tags</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>There is already a tag called “%1”. Choose another name.</source>
            <translation>Sudah ada label bernama “%1”. Pilih nama lain.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>“%1” is now called “%2”.</source>
            <translation>“%1” sekarang bernama “%2”.</translation>
        </message>
    </context>
    <context>
        <name>WhatsAppGroupsDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>%1 does not list WhatsApp groups.</source>
            <translation>%1 tidak menampilkan daftar grup WhatsApp.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>%1 groups</source>
            <translation>%1 grup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>1 group</source>
            <translation>1 grup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Ask each device for its groups again</source>
            <translation>Minta ulang daftar grup dari tiap perangkat</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Asking the device…</source>
            <translation>Meminta ke perangkat…</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Copy group id</source>
            <translation>Salin ID grup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Could not get the groups. %1</source>
            <translation>Gagal mengambil daftar grup. %1</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Device and group</source>
            <translation>Perangkat dan grup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Group id</source>
            <translation>ID grup</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>No group kept yet: press Refresh.</source>
            <translation>Belum ada grup tersimpan: tekan Muat ulang.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Refresh</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>The gateways do not say who is in each group.</source>
            <translation>Gateway tidak memberi tahu siapa saja anggota tiap grup.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>The groups each device's phone is in. Copy a group's id to send a message to the whole group.</source>
            <translation>Grup yang diikuti HP di tiap perangkat. Salin ID grup untuk mengirim pesan ke seluruh anggota grup.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>The id of “%1” is copied.</source>
            <translation>ID “%1” sudah disalin.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>This device's phone is in no WhatsApp group.</source>
            <translation>HP di perangkat ini tidak ikut grup WhatsApp mana pun.</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>WhatsApp groups</source>
            <translation>Grup WhatsApp</translation>
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>You have no device yet. Add one in Devices (the first page of the window); devices on %1 list their groups.</source>
            <translation>Anda belum punya perangkat. Tambahkan di Perangkat (halaman pertama jendela); perangkat di %1 menampilkan daftar grupnya.</translation>
        </message>
    </context>
</TS>
