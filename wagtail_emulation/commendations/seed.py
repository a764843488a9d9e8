"""The catalogue the data migration seeds, and the function that seeds it.

Names follow the Law on Emulation and Commendation No. 06/2022/QH15 and its groups of forms:
orders (huân chương), medals (huy chương), state honorary titles, prizes, commemorative
medals (kỷ niệm chương), certificates of merit (bằng khen) and of commendation (giấy khen).
The legal basis is stored as text editors correct when the law or its decrees change; no
article number is given here that we could not check in a current text. Adding the same
name again does nothing, so editors' changes survive.
"""

LAW = "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022"
DECREES = (
    "Nghị định quy định chi tiết Luật Thi đua, khen thưởng đang có hiệu lực "
    "(Nghị định số 98/2023/NĐ-CP; Nghị định số 152/2025/NĐ-CP)"
)
CLASSES_3 = "Hạng Nhất\nHạng Nhì\nHạng Ba"

TITLES = [
    # (name, group, recipients, level)
    ("Lao động tiên tiến", "Danh hiệu thi đua cá nhân", "individual", "Cơ sở"),
    ("Chiến sĩ thi đua cơ sở", "Danh hiệu thi đua cá nhân", "individual", "Cơ sở"),
    (
        "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh",
        "Danh hiệu thi đua cá nhân",
        "individual",
        "Bộ, ban, ngành, tỉnh",
    ),
    ("Chiến sĩ thi đua toàn quốc", "Danh hiệu thi đua cá nhân", "individual", "Nhà nước"),
    ("Tập thể lao động tiên tiến", "Danh hiệu thi đua tập thể", "collective", "Cơ sở"),
    ("Tập thể lao động xuất sắc", "Danh hiệu thi đua tập thể", "collective", "Cơ sở"),
    (
        "Cờ thi đua của bộ, ban, ngành, tỉnh",
        "Danh hiệu thi đua tập thể",
        "collective",
        "Bộ, ban, ngành, tỉnh",
    ),
    ("Cờ thi đua của Chính phủ", "Danh hiệu thi đua tập thể", "collective", "Chính phủ"),
]

FORMS = [
    # (name, group, recipients, level, classes)
    ("Huân chương Sao vàng", "Huân chương", "both", "Nhà nước", ""),
    ("Huân chương Hồ Chí Minh", "Huân chương", "both", "Nhà nước", ""),
    ("Huân chương Độc lập", "Huân chương", "both", "Nhà nước", CLASSES_3),
    ("Huân chương Lao động", "Huân chương", "both", "Nhà nước", CLASSES_3),
    ("Huân chương Dũng cảm", "Huân chương", "individual", "Nhà nước", ""),
    ("Huy chương Hữu nghị", "Huy chương", "individual", "Nhà nước", ""),
    ("Anh hùng Lao động", "Danh hiệu vinh dự nhà nước", "both", "Nhà nước", ""),
    ("Giải thưởng Hồ Chí Minh", "Giải thưởng", "both", "Nhà nước", ""),
    ("Giải thưởng Nhà nước", "Giải thưởng", "both", "Nhà nước", ""),
    ("Kỷ niệm chương", "Kỷ niệm chương", "individual", "Bộ, ban, ngành, đoàn thể", ""),
    ("Bằng khen của Thủ tướng Chính phủ", "Bằng khen", "both", "Chính phủ", ""),
    ("Bằng khen của Bộ trưởng", "Bằng khen", "both", "Bộ, ngành", ""),
    ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Bằng khen", "both", "Tỉnh", ""),
    ("Giấy khen của Thủ trưởng cơ quan, đơn vị", "Giấy khen", "both", "Cơ sở", ""),
    ("Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã", "Giấy khen", "both", "Xã", ""),
]


def seed_catalogue(Award):
    """Add every title and form missing from the table of ``Award`` (the model, or its
    historical version in a migration)."""
    order = 0
    for name, group, recipients, level in TITLES:
        order += 10
        Award.objects.get_or_create(
            name=name,
            defaults={
                "kind": "title",
                "group": group,
                "recipients": recipients,
                "level": level,
                "legal_basis": f"{LAW} (danh hiệu thi đua); {DECREES}.",
                "sort_order": order,
            },
        )
    for name, group, recipients, level, classes in FORMS:
        order += 10
        Award.objects.get_or_create(
            name=name,
            defaults={
                "kind": "form",
                "group": group,
                "recipients": recipients,
                "level": level,
                "classes": classes,
                "legal_basis": f"{LAW} (hình thức khen thưởng: {group.lower()}); {DECREES}.",
                "sort_order": order,
            },
        )
