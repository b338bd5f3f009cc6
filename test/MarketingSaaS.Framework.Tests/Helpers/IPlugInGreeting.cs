namespace MarketingSaaS.Framework.Tests.Helpers;

/// <summary>A host-side contract the test plug-in implements: proves types cross the load-context boundary.</summary>
public interface IPlugInGreeting
{
    string Text { get; }
}
