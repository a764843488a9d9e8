from appconf import AppConf

from ..conf import SettingsReader


class LegalDocumentsConf(AppConf):
    # How many documents a library feed (RSS/Atom) carries.
    LEGAL_DOCUMENTS_FEED_SIZE = 30
    # How many rows one import may hold (CSV/XLSX); larger files are refused before reading.
    LEGAL_DOCUMENTS_IMPORT_MAX_ROWS = 5000
    # How many rows one export of the filtered list may hold.
    LEGAL_DOCUMENTS_EXPORT_MAX_ROWS = 50000

    class Meta:
        prefix = "wagtail_emulation"


app_settings = SettingsReader(LegalDocumentsConf)
