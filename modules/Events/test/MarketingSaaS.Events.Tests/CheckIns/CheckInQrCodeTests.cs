using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MarketingSaaS.Events.CheckIns;
using MarketingSaaS.Events.Tests.Registrations;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using QRCoder;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.CheckIns;

/// <summary>The check-in QR image: public by the registrant's secret code, staff by registration id; SVG of the bare code.</summary>
public abstract partial class CheckInQrCodeTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_registrant_gets_an_svg_whose_modules_encode_the_check_in_code()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5);
        var anonymous = fixture.Anonymous();
        var registration = await anonymous.RegisterJsonAsync(session.PublicUrl(eventId), "Li Lei");
        var code = registration.GetProperty("checkInCode").GetString()!;

        var response = await anonymous.GetAsync($"{session.PublicUrl(eventId)}/registrations/{code}/qr.svg");
        var svg = await response.Content.ReadAsStringAsync();
        var again = await anonymous.GetAsync($"{session.PublicUrl(eventId)}/registrations/{code.ToLowerInvariant()}/qr.svg");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        svg.ShouldContain("<svg");
        DarkModules(svg).ShouldBe(ExpectedDarkModules(code), ignoreOrder: true);
        (await again.Content.ReadAsStringAsync()).ShouldBe(svg);
    }

    [Fact]
    public async Task Staff_get_the_same_image_by_registration_id()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5);
        var registration = await fixture.Anonymous().RegisterJsonAsync(session.PublicUrl(eventId), "Han Meimei");
        var id = (await session.RegistrationsAsync(eventId)).Single().Id();

        var response = await session.Admin.GetAsync($"/api/events/{eventId}/registrations/{id}/qr.svg");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(CheckInQrCode.Svg(registration.GetProperty("checkInCode").GetString()!));
    }

    [Fact]
    public async Task An_unknown_code_another_events_code_or_another_company_answers_404()
    {
        var a = await fixture.SignUpWithEventsAsync();
        var b = await fixture.SignUpWithEventsAsync();
        var eventA = await a.CreateOpenEventAsync(capacity: 5);
        var otherEventA = await a.CreateOpenEventAsync(capacity: 5, name: "Other");
        var eventB = await b.CreateOpenEventAsync(capacity: 5);
        var anonymous = fixture.Anonymous();
        var code = (await anonymous.RegisterJsonAsync(a.PublicUrl(eventA), "Li Lei")).GetProperty("checkInCode").GetString()!;
        var id = (await a.RegistrationsAsync(eventA)).Single().Id();

        (await anonymous.GetAsync($"{a.PublicUrl(eventA)}/registrations/ABCDEFGHJKLMNPQRSTUV/qr.svg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"{a.PublicUrl(otherEventA)}/registrations/{code}/qr.svg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/public/events/{b.Slug}/{eventA}/registrations/{code}/qr.svg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"{b.PublicUrl(eventB)}/registrations/{code}/qr.svg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetAsync($"/api/events/{eventA}/registrations/{id}/qr.svg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetAsync($"/api/events/{eventB}/registrations/{id}/qr.svg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Admin.GetAsync($"/api/events/{otherEventA}/registrations/{id}/qr.svg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public void The_image_is_deterministic_for_a_code_and_differs_between_codes()
    {
        var first = CheckInQrCode.Svg("ABCDEFGHJKLMNPQRSTUV");

        CheckInQrCode.Svg("ABCDEFGHJKLMNPQRSTUV").ShouldBe(first);
        CheckInQrCode.Svg("VUTSRQPNMLKJHGFEDCBA").ShouldNotBe(first);
        DarkModules(Encoding.UTF8.GetString(first)).ShouldBe(ExpectedDarkModules("ABCDEFGHJKLMNPQRSTUV"), ignoreOrder: true);
    }

    /// <summary>The QR matrix (with its 4-module quiet zone) of the code, as a scanner would read it.</summary>
    private static List<(int Row, int Column)> ExpectedDarkModules(string code)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(code, QRCodeGenerator.ECCLevel.M);
        var dark = new List<(int, int)>();
        for (var row = 0; row < data.ModuleMatrix.Count; row++)
        {
            for (var column = 0; column < data.ModuleMatrix[row].Length; column++)
            {
                if (data.ModuleMatrix[row][column])
                {
                    dark.Add((row, column));
                }
            }
        }

        return dark;
    }

    /// <summary>
    /// The dark cells the SVG paints: QRCoder draws one path of horizontal runs ("M{x} {y}h{length}v1h-{length}z") in
    /// module units over a light background rect.
    /// </summary>
    private static List<(int Row, int Column)> DarkModules(string svg)
    {
        var path = DarkPath().Match(svg);
        path.Success.ShouldBeTrue(svg[..Math.Min(svg.Length, 300)]);
        var cells = new List<(int, int)>();
        foreach (Match run in Run().Matches(path.Groups[1].Value))
        {
            var (x, y, length) = (int.Parse(run.Groups[1].Value), int.Parse(run.Groups[2].Value), int.Parse(run.Groups[3].Value));
            cells.AddRange(Enumerable.Range(x, length).Select(column => (y, column)));
        }

        return cells;
    }

    [GeneratedRegex("<path fill=\"#000000\" d=\"([^\"]*)\"")]
    private static partial Regex DarkPath();

    [GeneratedRegex("M\\s*(\\d+)[\\s,]+(\\d+)\\s*h\\s*(\\d+)\\s*v\\s*1")]
    private static partial Regex Run();
}

public sealed class CheckInQrCodeTestsOnSqlite(SqliteApiFixture fixture) : CheckInQrCodeTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class CheckInQrCodeTestsOnPostgreSql(PostgreSqlApiFixture fixture) : CheckInQrCodeTests(fixture), IClassFixture<PostgreSqlApiFixture>;
