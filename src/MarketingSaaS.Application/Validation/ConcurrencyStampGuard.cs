using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Validation;

/// <summary>
/// Answers 409 at once when the client's stamp is stale. The repository also checks the stamp in the
/// UPDATE itself (for races), but an update that changes nothing issues no UPDATE at all.
/// </summary>
public static class ConcurrencyStampGuard
{
    public static void Check(IHasConcurrencyStamp entity, string? expectedStamp)
    {
        if (expectedStamp is not null && !string.Equals(entity.ConcurrencyStamp, expectedStamp, StringComparison.Ordinal))
        {
            throw new ConcurrencyException(new InvalidOperationException($"{entity.GetType().Name} has concurrency stamp '{entity.ConcurrencyStamp}', the client sent '{expectedStamp}'."));
        }
    }
}
