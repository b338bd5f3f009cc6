namespace MarketingSaaS.Account;

/// <summary>Two-factor state; while it is off, the key and otpauth:// URI to set up an authenticator app.</summary>
public sealed record TwoFactorStatusDto(bool IsEnabled, string? SharedKey, string? AuthenticatorUri);
