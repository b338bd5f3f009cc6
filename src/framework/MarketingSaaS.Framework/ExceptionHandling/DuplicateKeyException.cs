namespace MarketingSaaS.Framework.ExceptionHandling;

/// <summary>A unique index rejected a write (usually a race on a name already checked): answered 409.</summary>
public sealed class DuplicateKeyException(Exception inner)
    : Exception("A record with the same unique value already exists.", inner);
