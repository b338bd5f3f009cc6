using MarketingSaaS.Events;
using MarketingSaaS.Framework.Modularity;

namespace MarketingSaaS;

/// <summary>
/// Composes the Events module by project reference. The plug-in host (test/MarketingSaaS.PlugInHost)
/// compiles the host without this folder and loads the module from "PlugIns:Folder" instead.
/// </summary>
[DependsOn(typeof(EventsHttpApiModule))]
public sealed partial class MarketingSaaSHttpApiHostModule;
