using MarketingSaaS.Framework;
using MarketingSaaS.Framework.Modularity;

namespace MarketingSaaS;

/// <summary>
/// The platform's contracts for modules (constants, enums, value records, service interfaces). It registers nothing:
/// a module's Domain module depends on it instead of on the platform's Domain module, and the platform implements
/// the interfaces.
/// </summary>
[DependsOn(typeof(FrameworkModule))]
public sealed class MarketingSaaSDomainSharedModule : MarketingModule;
