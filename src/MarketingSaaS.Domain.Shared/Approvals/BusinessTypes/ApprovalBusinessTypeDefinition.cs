namespace MarketingSaaS.Approvals.BusinessTypes;

/// <summary>
/// What an approval request can be about, registered by the platform or a module. The name is stored with each
/// policy and request; its display name is the localization key <see cref="DisplayNameKey"/> in the registering
/// module's resources.
/// </summary>
public sealed class ApprovalBusinessTypeDefinition(string name)
{
    public string Name { get; } = name;

    public string DisplayNameKey => DisplayNameKeyOf(Name);

    public static string DisplayNameKeyOf(string name) => "ApprovalBusinessType:" + name;
}
