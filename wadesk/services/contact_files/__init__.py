"""Contact files in and out of the address book: CSV, XLSX and vCard read with a column mapping; CSV/XLSX written.

What a file may be:

- **CSV** (.csv/.txt/.tsv): UTF-8 with or without a BOM, UTF-16/32, or a legacy encoding such as Windows-1252
  detected by charset-normalizer; the separator sniffed (``,`` ``;`` tab) or taken from Excel's ``sep=`` line —
  read as ``services.recipients_csv`` reads recipient lists.  Google Contacts and Outlook exports are recognised by
  their headings (``mapping``).
- **XLSX** (.xlsx/.xlsm): the first sheet, through openpyxl.
- **vCard** (.vcf): 2.1, 3.0 and 4.0, any number of numbers per card (``vcard``).

The import wizard's four steps, each one call (the service is ``ContactService``, ``app.contacts``):

1. **Open**: ``file = await contacts.open_contact_file(path, region)`` (off the loop) gives a ``ContactFile``:
   ``file.columns`` (the headings), ``file.preview`` (the first rows as (row number, cells)), ``file.proposed``
   (a ``ColumnMapping``), ``file.layout`` (Google, Outlook, vCard or a plain table), ``file.problem`` (why no
   phone column was proposed, to show), ``file.notice`` (how the file was decoded, when not UTF-8) and
   ``file.rows_estimate``.  A file that cannot be read at all raises ``ValidationError`` with the words to show.
2. **Map**: show each column's ``mapping.role(i)`` (``ColumnRole``: phone, name, field, skip) and
   ``mapping.field_name(i)``; a change is ``mapping = mapping.assign(i, role, field_name)`` (a new field's default
   name is ``file.field_names[i]``).  Several phone columns give one contact per number; name columns are joined.
3. **Import**: ``result = await contacts.import_contacts(file, mapping, policy=DuplicatePolicy.UPDATE,
   progress=callback, cancel=cancel)`` runs in an executor; ``callback(ImportProgress)`` is called on the event
   loop (every 1,000 rows and at the end: ``rows_read`` of about ``rows_estimate``); ``cancel.cancel()``
   (a ``Cancel``) stops it between two chunks: what was written is whole chunks of 5,000 numbers
   (``result.cancelled``); cancelling the awaiting task does the same.
4. **Result**: ``result.imported`` / ``updated`` / ``skipped`` and ``result.errors``: each bad row's ``row``
   number (the spreadsheet's row, the heading being row 1; a vCard's card number) and its ``reason``.

   ``import_contacts(..., opt_out=True)`` also marks every number of the file "do not message", chunk by chunk
   (``result.opted_out``: how many were not marked already).

Export: ``await contacts.export_contacts(path, search=..., tag=..., filter=..., phones=..., progress=...)`` writes a
filter or a selection to .csv/.xlsx (``export``), off the loop.
"""

from wadesk.services.contact_files.export import EXPORT_SUFFIXES, write_contacts
from wadesk.services.contact_files.importer import (
    IMPORT_CHUNK,
    BadRow,
    Cancel,
    DuplicatePolicy,
    ImportProgress,
    ImportResult,
    import_rows,
)
from wadesk.services.contact_files.mapping import ColumnMapping, ColumnRole, Layout
from wadesk.services.contact_files.sources import VCARD_SUFFIXES, ContactFile, open_contact_file

__all__ = [
    "EXPORT_SUFFIXES",
    "IMPORT_CHUNK",
    "VCARD_SUFFIXES",
    "BadRow",
    "Cancel",
    "ColumnMapping",
    "ColumnRole",
    "ContactFile",
    "DuplicatePolicy",
    "ImportProgress",
    "ImportResult",
    "Layout",
    "import_rows",
    "open_contact_file",
    "write_contacts",
]
