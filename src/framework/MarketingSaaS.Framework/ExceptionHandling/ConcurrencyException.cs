namespace MarketingSaaS.Framework.ExceptionHandling;

/// <summary>Someone else changed or deleted the row since it was read: answered 409.</summary>
public sealed class ConcurrencyException(Exception inner)
    : Exception("The data was changed by someone else since you read it.", inner);
