using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MarketingSaaS.Framework.AspNetCore.Modularity;
using MarketingSaaS.Framework.AspNetCore.Validation;
using MarketingSaaS.Framework.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Validation;

/// <summary>The filter that <see cref="ModularHostingExtensions.MapModuleEndpoints"/> puts on every module endpoint.</summary>
public sealed class InputValidationEndpointFilterTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        ModularApplication.Create(typeof(ValidationTestModule), builder.Services, builder.Configuration);
        _app = builder.Build();
        _app.UseExceptionHandler();
        _app.MapModuleEndpoints();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_body_dto_breaking_an_annotation_answers_400_with_the_field_error_before_the_handler_runs()
    {
        var response = await _client.PostAsJsonAsync("/campaigns", new { name = (string?)null });

        var problem = await ReadProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe("Framework:ValidationFailed");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["name"]);
        problem.GetProperty("errors").GetProperty("name").EnumerateArray().Select(e => e.GetString()).ShouldBe(["This field is required."]);
    }

    [Fact]
    public async Task A_valid_body_dto_reaches_the_handler()
    {
        var response = await _client.PostAsJsonAsync("/campaigns", new { name = "Spring" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("created Spring");
    }

    [Fact]
    public async Task A_query_dto_bound_with_AsParameters_is_validated_too()
    {
        var problem = await ReadProblemAsync(await _client.GetAsync("/campaigns?pageSize=500"));
        problem.GetProperty("errors").GetProperty("pageSize").EnumerateArray().Select(e => e.GetString()).ShouldBe(["Use a value from 1 to 100."]);

        (await _client.GetStringAsync("/campaigns?pageSize=50")).ShouldBe("page size 50");
    }

    [Fact]
    public async Task A_service_argument_is_not_validated_even_when_it_carries_annotations()
    {
        (await _client.GetStringAsync("/campaigns/spring")).ShouldBe("found spring");
    }

    [Fact]
    public async Task A_route_value_with_a_control_character_answers_400_for_that_field()
    {
        var problem = await ReadProblemAsync(await _client.GetAsync("/campaigns/spr%01ing"));

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["name"]);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("99")]
    [InlineData("-1")]
    [InlineData(" 1")]
    public async Task An_enum_query_value_given_as_a_number_answers_400_for_that_field(string value)
    {
        var problem = await ReadProblemAsync(await _client.GetAsync($"/campaigns/by-state?state={Uri.EscapeDataString(value)}"));

        problem.GetProperty("errors").GetProperty("state").EnumerateArray().Select(e => e.GetString()).ShouldBe(["This field has an invalid format."]);
    }

    [Fact]
    public async Task An_enum_query_value_given_by_name_reaches_the_handler()
    {
        (await _client.GetStringAsync("/campaigns/by-state?state=Running")).ShouldBe("state Running");
    }

    [Fact]
    public async Task A_query_date_time_reaches_the_handler_in_utc_and_one_outside_the_business_range_answers_400()
    {
        (await _client.GetStringAsync("/campaigns/since?from=" + Uri.EscapeDataString("2026-05-10T08:00:00+08:00"))).ShouldBe("since 2026-05-10T00:00:00.0000000+00:00");

        var problem = await ReadProblemAsync(await _client.GetAsync("/campaigns/since?from=9999-12-31T00:00:00Z"));
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["from"]);
    }

    private static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
