namespace MarketingSaaS.Framework.Domain.Entities;

public abstract class Entity<TKey>
    where TKey : notnull
{
    protected Entity() => Id = default!;

    protected Entity(TKey id) => Id = id;

    public TKey Id { get; protected set; }
}
