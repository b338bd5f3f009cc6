using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework.Modularity;

public sealed class ServiceConfigurationContext(IServiceCollection services, IConfiguration configuration)
{
    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = configuration;
}
