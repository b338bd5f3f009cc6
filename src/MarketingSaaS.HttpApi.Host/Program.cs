using MarketingSaaS;
using MarketingSaaS.Bench;
using MarketingSaaS.Framework.AspNetCore;
using MarketingSaaS.Framework.AspNetCore.Modularity;
using MarketingSaaS.HealthChecks;
using MarketingSaaS.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddModularApplication<MarketingSaaSHttpApiHostModule>();

var app = builder.Build();
app.InitializeModularApplication();
await app.PrepareDatabaseAsync();

app.UseMarketingRequestLocalization();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
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
app.MapFallbackToFile("index.html").AllowAnonymous();

app.Run();

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
