namespace MarketingSaaS.Framework.Auditing;

/// <summary>On an entity class: its changes are not logged. On a property: its values are not logged.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property)]
public sealed class DisableAuditingAttribute : Attribute;
