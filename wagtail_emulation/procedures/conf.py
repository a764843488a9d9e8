from appconf import AppConf

from ..conf import SettingsReader


class ProceduresConf(AppConf):
    # Address of a procedure on the national public-service portal; "{code}" is replaced by
    # the procedure's code (e.g. 1.001234.000.00.00.H13). Empty: no national link is shown.
    # Rendering only writes the address: the package never calls the portal while rendering.
    PROCEDURES_NATIONAL_PORTAL_URL = (
        "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html"
        "?ma_thu_tuc={code}"
    )
    # Address of a procedure on the province's public-service portal, with "{code}" as above.
    # Each province runs its own portal, so there is no default: empty shows no link.
    PROCEDURES_PROVINCIAL_PORTAL_URL = ""
    # How many procedures one import may hold (CSV/XLSX); larger files are refused unread.
    PROCEDURES_IMPORT_MAX_ROWS = 5000
    # Seconds ``check_procedure_links`` waits for each portal address before calling it broken.
    PROCEDURES_LINK_CHECK_TIMEOUT = 5
    # The most addresses one run of ``check_procedure_links`` checks (the oldest-checked first).
    PROCEDURES_LINK_CHECK_MAX = 2000

    class Meta:
        prefix = "wagtail_emulation"


app_settings = SettingsReader(ProceduresConf)
