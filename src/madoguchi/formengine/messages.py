# ruff: noqa: E501
"""Every resident-facing error template of the field types, the definition engine and the
upload checks, marked for translation.

Those modules are pure Python and raise untranslated English templates; the web layer passes
each through gettext. ``makemessages`` only finds strings marked in code, so they are listed
here. A test checks that this list is complete.
"""

from django.utils.translation import gettext_noop

MESSAGES = (
    gettext_noop("This field is required."),
    gettext_noop("%(value)s is not one of the available choices."),
    gettext_noop("This value is too long (at most %(limit)d characters)."),
    gettext_noop("Enter a single value."),
    gettext_noop("Ensure this value has at most %(max_length)d characters (it has %(length)d)."),
    gettext_noop("Ensure this value has at least %(min_length)d characters (it has %(length)d)."),
    gettext_noop("Enter a valid email address, such as taro@example.jp."),
    gettext_noop("Enter a Japanese phone number, such as 03-1234-5678 or 090-1234-5678."),
    gettext_noop("Enter a 7-digit postal code, such as 106-8515."),
    gettext_noop(
        "Enter the account holder in katakana, capital letters, digits or ( ) . - / (found %(chars)s)."
    ),
    gettext_noop("Enter a date, such as 2026-04-01, 2026年4月1日 or 令和8年4月1日."),
    gettext_noop("Answer yes or no."),
    gettext_noop("Enter %(length)d digits."),
    gettext_noop("Enter a single line of text without control characters."),
    gettext_noop("Enter text without control characters."),
    gettext_noop("Enter a number, such as 1200 or 3.5."),
    gettext_noop("Enter a number with at most %(digits)d digits."),
    gettext_noop("Enter a number with at most %(decimal_places)d decimal places."),
    gettext_noop("Enter a number of at least %(min)s."),
    gettext_noop("Enter a number of at most %(max)s."),
    gettext_noop("This phone number should have %(expected)d digits (it has %(length)d)."),
    gettext_noop("Enter the reading in katakana or hiragana only (found %(chars)s)."),
    gettext_noop("Enter a date on or after %(min)s."),
    gettext_noop("Enter a date on or before %(max)s."),
    gettext_noop("Select from the list."),
    gettext_noop("Select at least %(min)d options."),
    gettext_noop("Select at most %(max)d options."),
    gettext_noop("Tick the box to give your consent."),
    gettext_noop("Enter the 12-digit individual number (My Number)."),
    gettext_noop("This individual number is not valid. Please check it against your card."),
    gettext_noop("Enter the bank account details."),
    gettext_noop("Enter the address."),
    gettext_noop("%(value)s is not a prefecture."),
    gettext_noop("Enter a whole number."),
    gettext_noop("%(value)s is not a date that exists."),
    gettext_noop("Attach a file."),
    gettext_noop("Attach at most %(limit)d files."),
    gettext_noop("Add at least %(min)d."),
    gettext_noop("Add at most %(max)d."),
    gettext_noop("The file is empty."),
    gettext_noop("The file is %(size_mb)s MB; files may be at most %(limit_mb)s MB."),
    gettext_noop("This type of file cannot be accepted, or the file is damaged."),
    gettext_noop("Files of this type cannot be attached here. Accepted types: %(allowed)s."),
    gettext_noop(
        "The file contains scripts, embedded files or other active content and cannot be accepted. Please save or print it as a plain document or image and try again."
    ),
    gettext_noop("You can attach at most %(limit)d files here. Remove one first."),
    gettext_noop("All files of one application together may be at most %(limit_mb)d MB."),
)
