from django.apps import AppConfig


class BenchSiteConfig(AppConfig):
    name = "benchmarks.bench_site"
    label = "bench_site"
    default_auto_field = "django.db.models.BigAutoField"
