using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MarketingSaaS.Framework.AspNetCore;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.ExceptionHandling;

public sealed class MarketingExceptionHandlerTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        ModularApplication.Create(typeof(ErrorTestModule), builder.Services, builder.Configuration);
        _app = builder.Build();
        _app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture("en").AddSupportedCultures("en", "zh-Hans").AddSupportedUICultures("en", "zh-Hans");
            o.FallBackToParentUICultures = true;
        });
        _app.UseExceptionHandler();
        _app.MapGet("/business", () => Throw(new BusinessException(
            "FrameworkTests:CampaignTooEarly",
            new Dictionary<string, object?> { ["name"] = "Spring", ["date"] = "2026-04-01" })));
        _app.MapGet("/business-409", () => Throw(new BusinessException("FrameworkTests:Greeting", statusCode: 409)));
        _app.MapGet("/forbidden", () => Throw(new ForbiddenException("FrameworkTests:Greeting")));
        _app.MapGet("/not-found", () => Throw(new EntityNotFoundException(typeof(Helpers.Data.Campaign), 42)));
        _app.MapGet("/fields", () => Throw(new FieldValidationException(new Dictionary<string, FieldError[]>
        {
            ["name"] = [new FieldError("FrameworkTests:FieldTooLong", new Dictionary<string, object?> { ["max"] = 64 })],
        })));
        _app.MapGet("/concurrency", () => Throw(new ConcurrencyException(new DbUpdateConcurrencyException())));
        _app.MapGet("/duplicate", () => Throw(new DuplicateKeyException(new DbUpdateException())));
        _app.MapGet("/crash", () => Throw(new InvalidOperationException("secret internals")));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_business_exception_answers_422_with_its_localized_title_code_and_data()
    {
        var problem = await GetProblemAsync("/business", HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("status").GetInt32().ShouldBe(422);
        problem.GetProperty("title").GetString().ShouldBe("The campaign Spring cannot start before 2026-04-01.");
        problem.GetProperty("code").GetString().ShouldBe("FrameworkTests:CampaignTooEarly");
        problem.GetProperty("data").GetProperty("name").GetString().ShouldBe("Spring");
        problem.GetProperty("data").GetProperty("date").GetString().ShouldBe("2026-04-01");
    }

    [Fact]
    public async Task The_title_follows_the_request_culture()
    {
        var problem = await GetProblemAsync("/business", HttpStatusCode.UnprocessableEntity, "zh-CN");

        problem.GetProperty("title").GetString().ShouldBe("活动 Spring 不能早于 2026-04-01 开始。");
        problem.GetProperty("code").GetString().ShouldBe("FrameworkTests:CampaignTooEarly");
    }

    [Fact]
    public async Task A_business_exception_with_its_own_status_answers_that_status()
    {
        (await GetProblemAsync("/business-409", HttpStatusCode.Conflict)).GetProperty("title").GetString().ShouldBe("Hello");
        (await GetProblemAsync("/forbidden", HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("FrameworkTests:Greeting");
    }

    [Fact]
    public async Task A_missing_entity_answers_404()
    {
        var problem = await GetProblemAsync("/not-found", HttpStatusCode.NotFound);

        problem.GetProperty("code").GetString().ShouldBe("Framework:EntityNotFound");
        problem.GetProperty("title").GetString().ShouldBe("The Campaign was not found.");
    }

    [Fact]
    public async Task Field_errors_answer_400_with_localized_texts_per_field()
    {
        var problem = await GetProblemAsync("/fields", HttpStatusCode.BadRequest);

        problem.GetProperty("code").GetString().ShouldBe("Framework:ValidationFailed");
        problem.GetProperty("title").GetString().ShouldBe("Some fields are not valid.");
        problem.GetProperty("errors").GetProperty("name").EnumerateArray().Select(e => e.GetString()).ShouldBe(["At most 64 characters."]);
    }

    [Fact]
    public async Task Field_errors_follow_the_request_culture()
    {
        var problem = await GetProblemAsync("/fields", HttpStatusCode.BadRequest, "zh-Hans");

        problem.GetProperty("errors").GetProperty("name").EnumerateArray().Select(e => e.GetString()).ShouldBe(["最多 64 个字符。"]);
    }

    [Theory]
    [InlineData("/concurrency", "Framework:ConcurrencyConflict")]
    [InlineData("/duplicate", "Framework:DuplicateKey")]
    public async Task Conflicts_answer_409(string path, string code)
    {
        var problem = await GetProblemAsync(path, HttpStatusCode.Conflict);

        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("title").GetString()!.ShouldNotBe(code);
    }

    [Fact]
    public async Task Other_exceptions_stay_a_500_without_their_message()
    {
        var response = await _client.GetAsync("/crash");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("secret internals");
    }

    private static IResult Throw(Exception exception) => throw exception;

    private async Task<JsonElement> GetProblemAsync(string path, HttpStatusCode status, string culture = "en")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(culture));
        var response = await _client.SendAsync(request);
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [DependsOn(typeof(FrameworkAspNetCoreModule))]
    public sealed class ErrorTestModule : MarketingModule
    {
        public override void ConfigureServices(ServiceConfigurationContext context) =>
            context.Services.AddLocalizationResource(typeof(ErrorTestModule).Assembly);
    }
}
