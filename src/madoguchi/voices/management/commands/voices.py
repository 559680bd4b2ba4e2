"""``madoguchi voices``: mail intake, batch classification, retraining and retention.

    madoguchi voices intake --maildir PATH
    madoguchi voices intake --mbox PATH
    madoguchi voices intake --imap-host HOST [--imap-port N] [--imap-user U]
                            [--imap-password-env VAR] [--imap-folder F] [--imap-starttls]
    madoguchi voices classify --input FILE|-
    madoguchi voices retrain [--include-confirmed]
    madoguchi voices purge

``intake`` reads a mailbox into voices (see ``madoguchi.voices.mailbox``), prints what it did
and exits with status 1 when a message could not be read. The IMAP password is read from an
environment variable (``MADOGUCHI_IMAP_PASSWORD`` unless ``--imap-password-env`` names
another), never from the command line, where other users could see it.

``classify`` prints ``line,category,confidence`` for each non-blank line of a UTF-8 file, with
the model the web intake uses; the numbers are the input's line numbers.

``retrain`` trains the model on the bundled corpus and, with ``--include-confirmed``, on the
voices whose category staff confirmed, evaluates it on a held-out fifth and saves it where the
web intake loads it from. A voice's category counts as confirmed when it is set, the voice is
not a merged duplicate, and either staff set or confirmed it (a ``voices.categorized`` audit
record exists: ``services.voice_categorize`` is the only way staff categorise) or the voice was
answered or closed under it. A category the resident chose or the model applied is not a
confirmation until then. Voices are redacted (``redaction.redact``, with the contact's name)
before training, so the model file keeps as little personal data as the detector finds.
Running web and worker processes keep the model they loaded until they restart. The saved
model is tied to the bundled corpus: after an upgrade that changes the corpus, the web
intake retrains on the corpus alone; run ``retrain --include-confirmed`` again.

``purge`` deletes the voices past their retention date.

No command prints a resident's text, name or address: only counts, references, mailbox keys
and (``classify``) categories.
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
from argparse import ArgumentParser
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from madoguchi.audit.models import AuditRecord
from madoguchi.voices import classifier, redaction, services
from madoguchi.voices.mailbox import (
    ImapSource,
    IntakeReport,
    MaildirSource,
    MailSource,
    MailSourceError,
    MboxSource,
    mail_intake,
)
from madoguchi.voices.models import Status, Voice

IMAP_LOGIN_ENV = "MADOGUCHI_IMAP_PASSWORD"


def confirmed_examples() -> list[tuple[str, str]]:
    """``(redacted text, category)`` of the voices whose category staff confirmed (the rule is
    in this module's docstring)."""
    categorised = {
        int(object_id)
        for object_id in AuditRecord.objects.filter(
            action="voices.categorized", object_type="voices.voice"
        ).values_list("object_id", flat=True)
        if object_id.isdigit()
    }
    voices = (
        Voice.objects.filter(
            category__isnull=False,
            category__code__in=classifier.CATEGORIES,
            duplicate_of__isnull=True,
        )
        .exclude(status=Status.UNCONFIRMED)
        .filter(Q(pk__in=categorised) | Q(status__in=[Status.ANSWERED, Status.CLOSED]))
        .select_related("category")
        .order_by("pk")
    )
    examples = []
    for voice in voices.iterator():
        assert voice.category is not None
        names = [voice.contact_name] if voice.contact_name else []
        text, _ = redaction.redact(voice.body, known_names=names)
        if text.strip():
            examples.append((text, voice.category.code))
    return examples


def _lines(stream: TextIO) -> Iterator[str]:
    yield from stream


class Command(BaseCommand):
    help = "Read mailboxes into voices, classify texts, retrain the model, purge old voices."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)

        intake = sub.add_parser("intake", help="Read a mailbox into voices.")
        where = intake.add_mutually_exclusive_group(required=True)
        where.add_argument("--maildir", help="a local Maildir (read, left unchanged)")
        where.add_argument("--mbox", help="a local mbox file (read, left unchanged)")
        where.add_argument("--imap-host", help="an IMAP server (unseen messages, TLS)")
        intake.add_argument("--imap-port", type=int, default=None)
        intake.add_argument("--imap-user", default="")
        intake.add_argument(
            "--imap-password-env",
            default=IMAP_LOGIN_ENV,
            help=f"environment variable holding the password (default {IMAP_LOGIN_ENV})",
        )
        intake.add_argument("--imap-folder", default="INBOX")
        intake.add_argument(
            "--imap-starttls",
            action="store_true",
            help="connect to the plain port and require STARTTLS (default: implicit TLS)",
        )

        classify = sub.add_parser("classify", help="Suggest a category for each line.")
        classify.add_argument("--input", required=True, help="a UTF-8 file, or - for stdin")

        retrain = sub.add_parser("retrain", help="Retrain and save the classifier.")
        retrain.add_argument(
            "--include-confirmed",
            action="store_true",
            help="also train on voices whose category staff confirmed",
        )

        sub.add_parser("purge", help="Delete voices past their retention date.")

    def handle(self, *args: Any, **options: Any) -> None:
        command = options["subcommand"]
        if command == "intake":
            self._intake(options)
        elif command == "classify":
            self._classify(options["input"])
        elif command == "retrain":
            self._retrain(include_confirmed=options["include_confirmed"])
        else:
            count = services.voices_purge_expired()
            self.stdout.write(f"Purged {count} voice(s) past their retention date.")

    # --- intake ----------------------------------------------------------------------------

    def _source(self, options: dict[str, Any]) -> MailSource:
        if options["maildir"]:
            return MaildirSource(options["maildir"])
        if options["mbox"]:
            return MboxSource(options["mbox"])
        variable = options["imap_password_env"]
        password = os.environ.get(variable, "")
        if not options["imap_user"] or not password:
            raise CommandError(
                f"IMAP needs --imap-user and the password in the environment variable {variable}."
            )
        return ImapSource(
            options["imap_host"],
            port=options["imap_port"],
            user=options["imap_user"],
            password=password,
            folder=options["imap_folder"],
            ssl=not options["imap_starttls"],
        )

    def _intake(self, options: dict[str, Any]) -> None:
        source = self._source(options)
        try:
            report = mail_intake(source=source)
        except MailSourceError as error:
            raise CommandError(str(error)) from error
        self._print_report(report)
        if report.errors:
            raise CommandError(
                f"{len(report.errors)} message(s) could not be read into voices.", returncode=1
            )

    def _print_report(self, report: IntakeReport) -> None:
        self.stdout.write(
            f"Read {report.read} message(s): {report.created} created, "
            f"{report.duplicates} duplicate(s), {report.skipped} skipped (automatic mail), "
            f"{len(report.errors)} error(s)."
        )
        if report.references:
            self.stdout.write("Created: " + " ".join(report.references))
        for key, note in report.notes:
            self.stdout.write(f"Note  {key}: {note}")
        for key, message in report.errors:
            self.stdout.write(f"Error {key}: {message}")

    # --- classify --------------------------------------------------------------------------

    def _classify(self, name: str) -> None:
        model = classifier.model_default()
        try:
            if name == "-":
                stream: TextIO = sys.stdin
                if hasattr(sys.stdin, "buffer"):
                    stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig")
                self._write_classes(stream, model)
            else:
                path = Path(name)
                if not path.is_file():
                    raise CommandError(f"No such file: {name}")
                with path.open(encoding="utf-8-sig", newline=None) as stream:
                    self._write_classes(stream, model)
        except UnicodeDecodeError as error:
            raise CommandError("The input is not UTF-8 text.") from error

    def _write_classes(self, stream: TextIO, model: classifier.Classifier) -> None:
        self.stdout.write("line,category,confidence")
        for number, category, confidence in classifier.classify_lines(_lines(stream), model=model):
            self.stdout.write(f"{number},{category},{confidence:.3f}")

    # --- retrain ---------------------------------------------------------------------------

    def _retrain(self, *, include_confirmed: bool) -> None:
        path = classifier._default_cache_path()
        if path is None:
            raise CommandError("settings.DATA_DIR is not set: there is nowhere to save the model.")
        corpus_bytes = classifier.CORPUS_PATH.read_bytes()
        examples = classifier.corpus_load()
        corpus_count = len(examples)
        confirmed = confirmed_examples() if include_confirmed else []
        examples = examples + confirmed
        self.stdout.write(
            f"Training on {corpus_count} corpus example(s)"
            + (f" and {len(confirmed)} confirmed voice(s)." if include_confirmed else ".")
        )
        evaluation = classifier.evaluate(examples=examples)
        self.stdout.write(
            f"Held-out evaluation ({evaluation.n_train} train, {evaluation.n_test} test): "
            f"accuracy {evaluation.accuracy:.3f}, macro-F1 {evaluation.macro_f1:.3f}"
        )
        trained = classifier.model_train(examples=examples)
        # Tagged with the bundled corpus's checksum, so that model_default() takes this file
        # as up to date (it retrains from the corpus alone when the corpus changes).
        model = classifier.Classifier(
            pipeline=trained.pipeline, corpus_sha256=hashlib.sha256(corpus_bytes).hexdigest()
        )
        model.save(path)
        classifier.model_default.cache_clear()
        self.stdout.write(f"Saved the model to {path}.")
        self.stdout.write("Restart the web and worker processes to use it.")
