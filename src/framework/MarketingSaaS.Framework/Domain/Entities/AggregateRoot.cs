namespace MarketingSaaS.Framework.Domain.Entities;

public abstract class AggregateRoot<TKey> : Entity<TKey>, IHasConcurrencyStamp
    where TKey : notnull
{
    private readonly List<object> _domainEvents = [];

    protected AggregateRoot() { }

    protected AggregateRoot(TKey id) : base(id) { }

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public IReadOnlyList<object> DomainEvents => _domainEvents;

    protected void AddDomainEvent(object domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}
