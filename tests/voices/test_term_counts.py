"""The per-day word counts behind "rising topics": every voice counts, even at the same instant."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, transaction
from django.utils import timezone

from madoguchi.voices.models import TermDay, Voice
from madoguchi.voices.services import terms_count


def _voice(*terms: str) -> Voice:
    # Only the arrival time and the (already redacted) words are counted.
    return Voice(received_at=timezone.now(), terms=list(terms))


@pytest.mark.django_db
def test_each_voice_adds_one_per_word_and_a_repeated_word_counts_once() -> None:
    # given a word already counted today
    terms_count(_voice("カラス"))
    # when a voice uses it twice, with a new word
    terms_count(_voice("カラス", "ごみ", "カラス"))
    # then the old word is at 2 and the new one at 1
    today = timezone.localdate()
    counts = dict(TermDay.objects.filter(day=today).values_list("term", "count"))
    assert counts == {"カラス": 2, "ごみ": 1}


@pytest.mark.django_db(transaction=True)
def test_voices_using_the_same_new_word_at_once_all_count() -> None:
    # given 8 voices that use the same word, new today, and a word of their own each
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers itself; the race is tested on PostgreSQL in CI")
    voices = [_voice("騒音", f"語{i}", "工事") for i in range(8)]
    barrier = threading.Barrier(len(voices))
    errors: list[BaseException] = []

    def count(voice: Voice) -> None:
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            with transaction.atomic():
                terms_count(voice)
        except BaseException as exc:  # a deadlock or a lost row must fail the test
            errors.append(exc)
        finally:
            thread_connection.close()

    # when they are counted at the same instant, each in its own transaction
    threads = [threading.Thread(target=count, args=(v,)) for v in voices]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # then no count is lost and no transaction failed
    assert errors == []
    counts = dict(TermDay.objects.values_list("term", "count"))
    assert counts["騒音"] == 8
    assert counts["工事"] == 8
    assert all(counts[f"語{i}"] == 1 for i in range(8))
