<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>BadRowModel</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Why it was not imported</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>A local number is read as one from your region, set in Preferences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Add a contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Add contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Edit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Line %1 of the other details needs a name and a value, like “City: Bandung”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>One per line, e.g.
City: Bandung
Birthday: 12 May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Other details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>Type the contact's WhatsApp number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>WhatsApp number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>e.g. 0812-3456-7890</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact.py" />
            <source>e.g. Siti Rahmawati</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactFiles</name>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>%1 contacts saved to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>1 contact saved to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>CSV file (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Could not export: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Export all %1 contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Export the %1 contacts found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Export the %1 selected contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Export the 1 contact found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Export your 1 contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Import contacts from a CSV, Excel or vCard file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Import finished: %1 added, %2 updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Import stopped: %1 added, %2 updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>Save the contacts shown, or those selected, to an Excel or CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_files.py" />
            <source>contacts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactGateway</name>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Check all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Check all %1 contacts shown?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Check numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Check numbers on WhatsApp, contacts on your devices and their WhatsApp groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Check numbers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Check the contact shown?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Find out which of the selected numbers are on WhatsApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Get contacts from a device…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>No contact is selected. To check only some, select them first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>Send selected to a device…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>WhatsApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_gateway.py" />
            <source>WhatsApp groups…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactGroups</name>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 added to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 already has the tag “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 can be messaged again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 contacts added to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 contacts can be messaged again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 contacts taken out of “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 contacts will not be messaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 could be messaged already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 does not have the tag “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 had already asked not to be messaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 had it already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 messages a gateway holds for later were not cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 messages waiting for them were cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 taken out of “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>%1 will not be messaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>1 contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>1 contact added to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>1 contact taken out of “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>1 message waiting for them was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Add to tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Allow messages again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Clear the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Could not do that: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Create tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Do not message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Do not message %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Do not message…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Everyone can be messaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Manage tags…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Name of the new tag for the %1 selected:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Name of the new tag for the contact selected:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>New tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>New tag from selection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>No contact has asked not to be messaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>No contact has this tag yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>No contact with the tag “%1” has “%2” in their name or number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>No one on the Do not message list has “%1” in their name or number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>None of them has the tag “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Remove from tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Show all contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Show all contacts, select the ones to tag, then choose Tags, Add to tag, “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Tag “%1” created for %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Tag “%1” created with %2 contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Tag “%1” created with 1 contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>The tag “%1” was renamed or deleted elsewhere: all contacts are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>There is already a tag called “%1”: choose Tags, Add to tag, “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>They had all asked not to be messaged already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contact_groups.py" />
            <source>wadesk will leave them out of every send, and cancel the messages still waiting to go to them. You can allow messages again at any time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactImportDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>%1 added, %2 updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>%1 already in your address book kept as they were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>%1 columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>%1 contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>%1 marked “Do not message”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>%1 rows could not be imported:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>%1 rows read, %2 contacts saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>(empty in the first rows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>1 row could not be imported:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>A CSV or Excel sheet, a Google Contacts or Outlook export, or a vCard file from a phone. You can also drop the file here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Another file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>CSV file (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Choose a file of contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Choose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Choose “WhatsApp number” for the column that holds the numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Choose “WhatsApp number” for the column that holds them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Column in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Columns of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Contact files (%1);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Contacts are saved %1 at a time. Stopping keeps those already saved in your address book.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Copy list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Could not save the list: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Detail “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>First values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>For a list of people who asked not to receive messages: wadesk will not message them until you allow it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Import contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Import finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Import stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Importing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Keep them as they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Leave out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Mark everyone in this file as “Do not message”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Middle name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Numbers already in your address book:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Reading the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Recognised as %1 (%2). Check what each column is used as, then import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Rows not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Save list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Save the rows not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Stopped before the end: the contacts above were saved, the rest of the file was not.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Stopping after the contacts being saved…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>The list is copied: paste it into a spreadsheet or a message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Update them with what this file says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Use as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Use column “%1” as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>WhatsApp number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Which column is what in %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>a Google Contacts export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>a vCard file of contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>about %1 rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>an Excel sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_import.py" />
            <source>an Outlook export</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactPushDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1 refused some:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Sending %1 to %2…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>The contacts were not sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>and %1 more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactSyncDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1 contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1 has %2: %3 new, %4 of yours would get what they lack, %5 the same as yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1 of %2 saved on %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1 of its entries are not phone numbers and are left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1 of your values differ from the device's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1: %2 added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>%1: yours “%2”, the device's “%3”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>1 contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>1 of your values differs from the device's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Asking %1 for its contacts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Could not get the contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Differs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Filled in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>From %1: %2 added, %3 updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Get contacts from a device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Name or details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>None of your devices keeps a contact list. Devices on %1 do: add one in Devices (the first page of the window), then come back here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Nothing to take.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Send %1 to a device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Send contacts to a device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Some gateways keep their own contact list. See what it would add to your address book before anything changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>They are added to the device's own contact list, or updated there when it has them already. Your address book does not change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Tick a name that differs to take the device's; otherwise yours is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Ticked: take the device's; not ticked: keep yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>What would change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Writing to your address book…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>no name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Asked not to be messaged on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Checked %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Do not message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Last message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Last message: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Not checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>On WhatsApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Other details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/models/contacts.py" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>%1 added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>%1 contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>%1 contacts deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>%1 deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>%1 found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>%1 selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>1 contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Add contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Add the people you send messages to, with their name and WhatsApp number. The address book stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Changes to %1 saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Clear the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Could not delete: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Could not read the address book: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Delete %1 contacts?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Delete %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Delete contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>No contact found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>No contact's name or number has what you typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>No contact's name or number has “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>No contacts yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Search by name or number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Search contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>They are removed from the address book on this computer. Messages already sent to them stay in the history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/panels/contacts.py" />
            <source>Your customers' names and WhatsApp numbers.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_export.py" />
            <source>Export contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_export.py" />
            <source>Exporting %1 contacts to %2…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_export.py" />
            <source>Exporting 1 contact to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_export.py" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_export.py" />
            <source>Stopping leaves no file behind.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupFilter</name>
        <message>
            <location filename="../../../wadesk/ui/widgets/group_filter.py" />
            <source>All contacts (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/group_filter.py" />
            <source>Do not message (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/group_filter.py" />
            <source>Manage tags…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/group_filter.py" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/widgets/group_filter.py" />
            <source>Show every contact, the contacts with one tag, or those not to be messaged</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NumberCheckDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>%1 left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>%1 numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>, %1 the gateway could not tell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>1 number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>: %1 on WhatsApp, %2 not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Check %1 on WhatsApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Check numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Checked %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Done. The answers are in the On WhatsApp column, with the date they were checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Find out which of these numbers use WhatsApp, so messages go where they can arrive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>None of your devices can check numbers. Add a device on %1 in Devices (the first page of the window), then come back here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Progress of the check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Stop checking; the answers received so far are kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Stopped: %1 of %2 checked. Their answers are kept; the others are not checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>The answers before it are kept: %1 of %2 checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>The check stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>The pause is on purpose: gateways watch number checks, and many in a row look like someone collecting numbers, which can get the device banned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>This takes %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>This takes %1: %2 checks one number at a time, with %3 between.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>This takes %1: %2 is asked about them all at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>This takes %1: %2 numbers at a time, with %3 between.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>a pause of %1 seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>a pause of %1 to %2 seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>about %1 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>about %1 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>about %1 hours %2 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>about %1 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>about a minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/number_check.py" />
            <source>less than a minute</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>%1 contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>%1 contacts lose this tag. The contacts stay in the address book.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>1 contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>1 contact loses this tag. The contact stays in the address book.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>A tag groups contacts, such as your wholesale buyers, to find them and send them a message together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>A tag needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Create tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Delete tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Delete the tag “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Name of the new tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>New name for “%1”:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>New tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>New tag…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>No contact has this tag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>No tags yet. Create one, then tag contacts from the table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Rename tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Rename the tag (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Tag “%1” created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Tag “%1” deleted; its contacts are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>There is already a tag called “%1”. Choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/tags.py" />
            <source>“%1” is now called “%2”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WhatsAppGroupsDialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>%1 does not list WhatsApp groups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>%1 groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>1 group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Ask each device for its groups again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Asking the device…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Copy group id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Could not get the groups. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Device and group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Group id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>No group kept yet: press Refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>The gateways do not say who is in each group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>The groups each device's phone is in. Copy a group's id to send a message to the whole group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>The id of “%1” is copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>This device's phone is in no WhatsApp group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>WhatsApp groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/whatsapp_groups.py" />
            <source>You have no device yet. Add one in Devices (the first page of the window); devices on %1 list their groups.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_Dialog</name>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../wadesk/ui/dialogs/contact_sync.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
