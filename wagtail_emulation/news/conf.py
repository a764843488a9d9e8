from ..conf import SettingsReader

app_settings = SettingsReader(
    {
        # How many links {% related_news page %} shows at most.
        "RELATED_NEWS_LIMIT": 5,
    }
)
