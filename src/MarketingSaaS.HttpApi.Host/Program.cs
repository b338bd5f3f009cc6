using MarketingSaaS;
using MarketingSaaS.Bench;
using MarketingSaaS.Framework.AspNetCore;
using MarketingSaaS.Framework.AspNetCore.Modularity;
using MarketingSaaS.HealthChecks;
using MarketingSaaS.Data;
using MarketingSaaS.Portal;

var builder = WebApplication.CreateBuilder(args);
builder.AddModularApplication<MarketingSaaSHttpApiHostModule>();

var app = builder.Build();
app.InitializeModularApplication();
await app.PrepareDatabaseAsync();

app.UseMarketingRequestLocalization();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UsePortalStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseMultiTenancy();
app.UseRateLimiter();
app.UseAuthorization();
app.UseXsrfProtection();
app.UsePermissionChecks();

app.MapOpenApi().AllowAnonymous();
app.MapHealthEndpoints();
app.MapModuleEndpoints();
if (app.Configuration.GetValue<bool>("Bench:Enabled")) app.MapBareApplicationConfiguration();
app.MapPortalFallback().AllowAnonymous();

app.Run();

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
