namespace MarketingSaaS.Framework.Domain.Entities;

/// <summary>Optimistic concurrency: a new stamp on every save; a stale stamp on update yields 409.</summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; set; }
}
