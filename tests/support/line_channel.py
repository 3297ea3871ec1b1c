"""The LINE channel the tests' bot and LINE emulator share (the `line_emulator` fixture)."""

CHANNEL_SECRET = "test-channel-secret"
CHANNEL_ACCESS_TOKEN = "test-access-token"
