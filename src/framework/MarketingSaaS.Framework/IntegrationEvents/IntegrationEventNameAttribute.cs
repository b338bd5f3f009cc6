namespace MarketingSaaS.Framework.IntegrationEvents;

/// <summary>
/// The stable name an integration event travels under ("Membership.ComplaintRaised"): stored with each delivery, so
/// keep it when renaming the type. Put the event type in the publishing module's contracts.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public static string Of(Type eventType) =>
        eventType.GetCustomAttributes(typeof(IntegrationEventNameAttribute), inherit: false) is [IntegrationEventNameAttribute attribute, ..]
            ? attribute.Name
            : throw new InvalidOperationException($"{eventType.FullName} has no [IntegrationEventName]: an integration event needs a stable name.");
}
