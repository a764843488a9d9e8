"""The browser tests' snapshot gives back the database, caches and media files a load left,
whatever a test wrote after it (checked on small content: the demo itself is slow to build)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache

from tests.browser import demo_snapshot


@pytest.fixture
def snapshot_state(transactional_db, settings, tmp_path):
    if not demo_snapshot.snapshots_possible():
        pytest.skip("snapshots are kept only on in-memory SQLite with local-memory caches")
    loaded_media = tmp_path / "loaded"
    (loaded_media / "images").mkdir(parents=True)
    (loaded_media / "images" / "logo.png").write_bytes(b"logo")
    get_user_model().objects.create_user("kept")
    cache.set("kept-for-a-while", "yes", timeout=600)
    cache.set("kept-for-ever", "yes", timeout=None)
    user_type = ContentType.objects.get_for_model(get_user_model()).pk
    snapshot = demo_snapshot.take(loaded_media)
    yield snapshot, user_type
    snapshot.database.close()


def test_a_restore_undoes_what_a_test_wrote(snapshot_state, tmp_path):
    snapshot, user_type = snapshot_state
    User = get_user_model()
    User.objects.all().delete()
    User.objects.create_user("written-by-a-test")
    cache.clear()
    cache.set("written-by-a-test", "yes")
    # As after pytest-django's flush: content types come back under other ids, and are cached.
    ContentType.objects.filter(pk=user_type).delete()
    ContentType.objects.clear_cache()
    assert ContentType.objects.get_for_model(User).pk != user_type

    media_root = tmp_path / "next-test"
    media_root.mkdir()
    demo_snapshot.restore(snapshot, media_root)

    assert list(User.objects.values_list("username", flat=True)) == ["kept"]
    assert ContentType.objects.get_for_model(User).pk == user_type
    assert cache.get("written-by-a-test") is None
    assert cache.get("kept-for-a-while") == "yes"
    assert cache.get("kept-for-ever") == "yes"
    assert (media_root / "images" / "logo.png").read_bytes() == b"logo"


def test_a_restore_leaves_the_loaded_files_alone(snapshot_state, tmp_path):
    snapshot, _user_type = snapshot_state
    media_root = tmp_path / "next-test"
    demo_snapshot.restore(snapshot, media_root)
    (media_root / "images" / "logo.png").write_bytes(b"changed by a test")
    (media_root / "images" / "upload.png").write_bytes(b"uploaded by a test")

    again = tmp_path / "test-after"
    demo_snapshot.restore(snapshot, again)

    assert (again / "images" / "logo.png").read_bytes() == b"logo"
    assert not (again / "images" / "upload.png").exists()


def test_the_demo_is_built_anew_when_a_setting_or_the_day_changes(settings, time_machine):
    time_machine.move_to("2026-05-14 10:00:00+07:00")
    key = demo_snapshot.demo_key()
    assert demo_snapshot.demo_key() == key
    settings.MEDIA_ROOT = "/elsewhere"  # set by the portal fixture for each test: not part of it
    assert demo_snapshot.demo_key() == key
    settings.WAGTAIL_I18N_ENABLED = True
    assert demo_snapshot.demo_key() != key
    settings.WAGTAIL_I18N_ENABLED = False
    time_machine.move_to("2026-05-15 10:00:00+07:00")
    assert demo_snapshot.demo_key() != key
