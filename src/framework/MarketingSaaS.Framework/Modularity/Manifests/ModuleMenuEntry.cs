namespace MarketingSaaS.Framework.Modularity.Manifests;

/// <summary>
/// Where the module sits in the portal's menu: a group ("operations", "insight"…) and an icon name (ng-zorro). The portal
/// feature registers its own routes and entries; this is the server's record of them for the modules page.
/// </summary>
public sealed record ModuleMenuEntry(string Group, string Icon, int Order = 0);
