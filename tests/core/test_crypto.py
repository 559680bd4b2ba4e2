"""Sensitive fields are encrypted with rotatable keys."""

from __future__ import annotations

from typing import Any

import pytest
from cryptography.fernet import Fernet

from madoguchi.core.crypto import decrypt_text, encrypt_text, reencrypt


def test_round_trip_and_ciphertext_hides_the_value() -> None:
    # when
    token = encrypt_text("123456789012")
    # then
    assert "123456789012" not in token
    assert decrypt_text(token) == "123456789012"


def test_old_key_still_decrypts_after_rotation_and_reencrypt_moves_to_the_new_key(
    settings: Any,
) -> None:
    # given
    old = Fernet.generate_key().decode()
    new = Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [old]
    token = encrypt_text("港区芝公園1-5-25")
    # when: a new key is put first
    settings.FIELD_ENCRYPTION_KEYS = [new, old]
    rotated = reencrypt(token)
    # then
    assert decrypt_text(token) == "港区芝公園1-5-25"
    settings.FIELD_ENCRYPTION_KEYS = [new]
    assert decrypt_text(rotated) == "港区芝公園1-5-25"
    with pytest.raises(ValueError, match="cannot be decrypted"):
        decrypt_text(token)
