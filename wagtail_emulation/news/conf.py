from appconf import AppConf

from ..conf import SettingsReader


class NewsConf(AppConf):
    # How many links {% related_news page %} shows at most.
    RELATED_NEWS_LIMIT = 5

    class Meta:
        prefix = "wagtail_emulation"


app_settings = SettingsReader(NewsConf)
