"""The catalogues' first entries, as seeded by migration 0002 (and again by ``seed_catalogues``
where a flushed database lost them). Only entries missing by name are added."""

DOCUMENT_TYPES = [
    ("Luật", ""),
    ("Nghị quyết", "NQ"),
    ("Nghị định", "NĐ"),
    ("Thông tư", "TT"),
    ("Quyết định", "QĐ"),
    ("Chỉ thị", "CT"),
    ("Kế hoạch", "KH"),
    ("Hướng dẫn", "HD"),
    ("Công văn", ""),
    ("Thông báo", "TB"),
    ("Báo cáo", "BC"),
]
ISSUERS = [
    ("Quốc hội", "central"),
    ("Chính phủ", "central"),
    ("Thủ tướng Chính phủ", "central"),
    ("Bộ Tư pháp", "central"),
    ("Hội đồng nhân dân tỉnh", "provincial"),
    ("Ủy ban nhân dân tỉnh", "provincial"),
    ("Sở Tư pháp", "department"),
]
FIELDS = [
    "Xây dựng và kiểm tra văn bản",
    "Phổ biến, giáo dục pháp luật",
    "Hộ tịch",
    "Chứng thực",
    "Lý lịch tư pháp",
    "Trợ giúp pháp lý",
    "Bổ trợ tư pháp",
    "Xử lý vi phạm hành chính",
    "Thi đua – khen thưởng",
    "Tổ chức – cán bộ",
]
# (name, name seen from the other document, effect on the other document)
RELATION_KINDS = [
    ("Thay thế", "Được thay thế bởi", "full"),
    ("Sửa đổi, bổ sung", "Được sửa đổi, bổ sung bởi", "partial"),
    ("Bãi bỏ", "Bị bãi bỏ bởi", "full"),
    ("Bãi bỏ một phần", "Bị bãi bỏ một phần bởi", "partial"),
    ("Quy định chi tiết", "Được quy định chi tiết bởi", "none"),
    ("Hướng dẫn", "Được hướng dẫn bởi", "none"),
]


def seed_catalogues(apps=None):
    """Add the missing entries (``apps``: a migration's historical models, else the real ones)."""
    from django.apps import apps as installed

    apps = apps or installed
    DocumentType = apps.get_model("wagtail_emulation_legal_documents", "DocumentType")
    Issuer = apps.get_model("wagtail_emulation_legal_documents", "Issuer")
    LegalField = apps.get_model("wagtail_emulation_legal_documents", "LegalField")
    RelationKind = apps.get_model("wagtail_emulation_legal_documents", "RelationKind")
    for order, (name, abbreviation) in enumerate(DOCUMENT_TYPES):
        DocumentType.objects.get_or_create(
            name=name, defaults={"abbreviation": abbreviation, "sort_order": order}
        )
    for order, (name, level) in enumerate(ISSUERS):
        Issuer.objects.get_or_create(name=name, defaults={"level": level, "sort_order": order})
    for order, name in enumerate(FIELDS):
        LegalField.objects.get_or_create(name=name, defaults={"sort_order": order})
    for order, (name, inverse, effect) in enumerate(RELATION_KINDS):
        RelationKind.objects.get_or_create(
            name=name, defaults={"inverse_name": inverse, "effect": effect, "sort_order": order}
        )
