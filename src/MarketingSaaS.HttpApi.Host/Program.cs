using MarketingSaaS;
using MarketingSaaS.Account;
using MarketingSaaS.Bench;
using MarketingSaaS.Framework.AspNetCore;
using MarketingSaaS.Framework.AspNetCore.Modularity;
using MarketingSaaS.Framework.Diagnostics;
using MarketingSaaS.HealthChecks;
using MarketingSaaS.OpenApi;
using MarketingSaaS.Data;
using MarketingSaaS.Portal;
using MarketingSaaS.Security;

var mainEnteredAt = StartupLog.MillisecondsSinceProcessStart;
var builder = WebApplication.CreateBuilder(args);
builder.AddModularApplication<MarketingSaaSHttpApiHostModule>();
var servicesConfiguredAt = StartupLog.MillisecondsSinceProcessStart;

var app = builder.Build();
var startupLog = app.Services.GetRequiredService<ILoggerFactory>().CreateStartupLogger();
startupLog.Phase("Main entered", mainEnteredAt);
startupLog.Phase("services configured", servicesConfiguredAt);
startupLog.Phase("host built");
app.InitializeModularApplication();
startupLog.Phase("modules initialized");
await app.PrepareDatabaseAsync();
startupLog.Phase("database prepared");
app.Lifetime.ApplicationStarted.Register(() => startupLog.Phase("Kestrel listening"));

if (ForwardedHeadersSetup.HasTrustedProxies(app.Configuration)) app.UseForwardedHeaders();
app.UseMiddleware<SecurityHeadersMiddleware>();
if (app.Environment.IsProduction()) app.UseHsts();
app.UseMarketingRequestLocalization();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UsePortalStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseSessionValidation();
app.UseMultiTenancy();
app.UseRateLimiter();
app.UseAuthorization();
app.UseXsrfProtection();
app.UsePermissionChecks();
startupLog.Phase("middleware configured");

app.MapOpenApiDocument();
app.MapHealthEndpoints();
app.MapModuleEndpoints();
if (app.Configuration.GetValue<bool>("Bench:Enabled")) app.MapBareApplicationConfiguration();
app.MapPortalFallback().AllowAnonymous();
startupLog.Phase("endpoints mapped");

app.Run();

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
