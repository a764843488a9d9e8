"""The one spreadsheet path of the package: CSV and XLSX in (``reading``, ``importing``,
``views``, ``jobs``, ``tasks``) and out (``writing``). Every import and export of every sub-app
goes through it; see ``docs/reference/spreadsheets.md``."""
