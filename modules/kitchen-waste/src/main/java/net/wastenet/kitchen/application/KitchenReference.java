package net.wastenet.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.wastenet.kitchen.application.Commands.NewHauler;
import net.wastenet.kitchen.application.Commands.NewProducer;
import net.wastenet.kitchen.application.Commands.NewRoute;
import net.wastenet.kitchen.application.Commands.NewRun;
import net.wastenet.kitchen.application.Commands.NewVehicle;
import net.wastenet.kitchen.application.Views.HaulerView;
import net.wastenet.kitchen.application.Views.ProducerView;
import net.wastenet.kitchen.application.Views.RouteView;
import net.wastenet.kitchen.application.Views.RunView;
import net.wastenet.kitchen.application.Views.VehicleView;
import net.wastenet.kitchen.domain.Hauler;
import net.wastenet.kitchen.domain.KitchenRegistry;
import net.wastenet.kitchen.domain.Producer;
import net.wastenet.kitchen.domain.Route;
import net.wastenet.kitchen.domain.Run;
import net.wastenet.kitchen.domain.Vehicle;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.recyclables.api.SourceKind;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.WasteCategory;

/** Administrators register haulers, vehicles and producers; haulers (and administrators) plan routes and runs. */
@ApplicationScoped
@Transactional
public class KitchenReference {
    static final Text HAULER = Text.of("hauler", "收运单位");
    static final Text VEHICLE = Text.of("vehicle", "车辆");
    static final Text PRODUCER = Text.of("producer", "产生单位");
    static final Text ROUTE = Text.of("route", "收运路线");

    @Inject
    jakarta.enterprise.event.Event<net.wastenet.shared.AuditRecord> audit;
    @Inject
    KitchenRegistry registry;
    @Inject
    PointDirectory points;
    @Inject
    net.wastenet.recyclables.api.FacilityDirectory facilities;
    @Inject
    CityClock clock;

    public HaulerView registerHauler(NewHauler cmd, Actor actor) {
        requireAdministrator(actor);
        Problems p = new Problems();
        Codes.check(cmd.code(), "code", p);
        Codes.checkText(cmd.name(), 128, "name", p);
        p.throwIfAny();
        if (registry.hauler(cmd.code()).isPresent()) {
            throw ConflictException.duplicateCode(HAULER, cmd.code());
        }
        Hauler h = new Hauler(cmd.code(), cmd.name().strip(), clock.now(), actor.name());
        registry.add(h);
        var view = Views.of(h);
        audit.fire(AuditRecord.created("hauler", h.code(), actor, view));
        return view;
    }

    public VehicleView registerVehicle(NewVehicle cmd, Actor actor) {
        requireAdministrator(actor);
        Problems p = new Problems();
        Codes.checkText(cmd.code(), 32, "code", p);
        Codes.check(cmd.haulerCode(), "haulerCode", p);
        if (cmd.capacityKg() == null) {
            p.missing("capacityKg");
        } else {
            p.require(cmd.capacityKg().signum() > 0 && cmd.capacityKg().compareTo(BigDecimal.valueOf(60_000)) <= 0,
                    "capacityKg", "must be greater than 0 and at most 60000 kg", "必须大于 0 且不超过 60000 千克");
        }
        p.throwIfAny();
        registry.hauler(cmd.haulerCode()).orElseThrow(() -> new UnknownCodeException("haulerCode", HAULER, cmd.haulerCode()));
        if (registry.vehicle(cmd.code()).isPresent()) {
            throw ConflictException.duplicateCode(VEHICLE, cmd.code());
        }
        Vehicle v = new Vehicle(cmd.code().strip(), cmd.haulerCode(), cmd.capacityKg(), clock.now(), actor.name());
        registry.add(v);
        var view = Views.of(v);
        audit.fire(AuditRecord.created("vehicle", v.code(), actor, view));
        return view;
    }

    public ProducerView registerProducer(NewProducer cmd, Actor actor) {
        requireAdministrator(actor);
        Problems p = new Problems();
        Codes.check(cmd.code(), "code", p);
        Codes.checkText(cmd.name(), 128, "name", p);
        Producer.Kind kind = Parse.enumValue(Producer.Kind.class, cmd.kind(), "kind", true, p);
        Codes.checkDistrict(cmd.districtCode(), "districtCode", p);
        LocalDate activeFrom = Parse.date(cmd.activeFrom(), "activeFrom", false, p);
        p.throwIfAny();
        if (points.district(cmd.districtCode()).isEmpty()) {
            throw new UnknownCodeException("districtCode", Text.of("district", "区（市）县"), cmd.districtCode());
        }
        if (registry.producer(cmd.code()).isPresent()) {
            throw ConflictException.duplicateCode(PRODUCER, cmd.code());
        }
        Producer pr = new Producer(cmd.code(), cmd.name().strip(), kind, cmd.districtCode(),
                activeFrom == null ? clock.today() : activeFrom, clock.now(), actor.name());
        registry.add(pr);
        var view = Views.of(pr);
        audit.fire(AuditRecord.created("producer", pr.code(), actor, view));
        return view;
    }

    public RouteView registerRoute(NewRoute cmd, Actor actor) {
        Problems p = new Problems();
        Codes.check(cmd.code(), "code", p);
        Codes.checkText(cmd.name(), 128, "name", p);
        Codes.check(cmd.haulerCode(), "haulerCode", p);
        if (cmd.stops() == null || cmd.stops().isEmpty()) {
            p.add("stops", "a route has at least one stop", "路线至少需要一个收运点");
        }
        if (cmd.destinationFacilityCode() != null) {
            Codes.check(cmd.destinationFacilityCode(), "destinationFacilityCode", p);
        }
        p.throwIfAny();
        actor.requireActForHauler(cmd.haulerCode(), "haulerCode");
        if (cmd.destinationFacilityCode() != null) {
            var plant = facilities.facility(cmd.destinationFacilityCode()).orElseThrow(() -> new UnknownCodeException(
                    "destinationFacilityCode", Text.of("facility", "设施"), cmd.destinationFacilityCode()));
            if (!plant.kind().treatsKitchenWaste()) {
                throw new net.wastenet.shared.InvalidInputException("destinationFacilityCode", Text.of(plant.code()
                        + " is not a kitchen-waste plant", plant.code() + " 不是餐厨（厨余）垃圾处理厂"));
            }
        }
        registry.hauler(cmd.haulerCode()).orElseThrow(() -> new UnknownCodeException("haulerCode", HAULER, cmd.haulerCode()));
        List<Route.Stop> stops = new ArrayList<>();
        for (int i = 0; i < cmd.stops().size(); i++) {
            var s = cmd.stops().get(i);
            String field = "stops[" + i + "]";
            if ((s.pointCode() == null) == (s.producerCode() == null)) {
                throw new net.wastenet.shared.InvalidInputException(field, Text.of("give either pointCode or producerCode",
                        "请提供 pointCode 或 producerCode 之一"));
            }
            if (s.pointCode() != null) {
                var point = points.point(s.pointCode()).orElseThrow(() -> new UnknownCodeException(field, Text.of("collection point", "投放点"), s.pointCode()));
                if (!point.acceptedCategories().contains(WasteCategory.KITCHEN)) {
                    throw new net.wastenet.shared.InvalidInputException(field, Text.of("point " + point.code() + " takes no kitchen waste",
                            "投放点 " + point.code() + " 不接收厨余垃圾"));
                }
                stops.add(new Route.Stop(SourceKind.POINT, s.pointCode()));
            } else {
                registry.producer(s.producerCode()).orElseThrow(() -> new UnknownCodeException(field, PRODUCER, s.producerCode()));
                stops.add(new Route.Stop(SourceKind.PRODUCER, s.producerCode()));
            }
        }
        if (registry.route(cmd.code()).isPresent()) {
            throw ConflictException.duplicateCode(ROUTE, cmd.code());
        }
        Route r = new Route(cmd.code(), cmd.name().strip(), cmd.haulerCode(), stops, cmd.destinationFacilityCode(), clock.now(),
                actor.name());
        registry.add(r);
        var view = Views.of(r);
        audit.fire(AuditRecord.created("route", r.code(), actor, view));
        return view;
    }

    public RunView startRun(NewRun cmd, Actor actor) {
        Problems p = new Problems();
        Codes.check(cmd.routeCode(), "routeCode", p);
        Codes.checkText(cmd.vehicleCode(), 32, "vehicleCode", p);
        LocalDate day = Parse.date(cmd.date(), "date", true, p);
        p.throwIfAny();
        Route route = registry.route(cmd.routeCode()).orElseThrow(() -> new UnknownCodeException("routeCode", ROUTE, cmd.routeCode()));
        actor.requireActForHauler(route.haulerCode(), "routeCode");
        Vehicle v = registry.vehicle(cmd.vehicleCode()).orElseThrow(() -> new UnknownCodeException("vehicleCode", VEHICLE, cmd.vehicleCode()));
        if (!v.haulerCode().equals(route.haulerCode())) {
            throw new net.wastenet.shared.InvalidInputException("vehicleCode", Text.of("vehicle " + v.code() + " belongs to another hauler",
                    "车辆 " + v.code() + " 属于其他收运单位"));
        }
        Run run = new Run(route, v, day, clock.now(), actor.name());
        registry.add(run);
        registry.flush();
        var view = Views.of(run);
        audit.fire(AuditRecord.created("run", run.id(), actor, view));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HaulerView> haulers(PageRequest page) {
        return registry.haulers(page).map(Views::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HaulerView hauler(String code) {
        return registry.hauler(code).map(Views::of).orElseThrow(() -> new UnknownCodeException("code", HAULER, code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VehicleView> vehicles(String haulerCode, PageRequest page) {
        if (haulerCode != null) {
            Problems p = new Problems();
            Codes.check(haulerCode, "haulerCode", p);
            p.throwIfAny();
        }
        return registry.vehicles(haulerCode, page).map(Views::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VehicleView vehicle(String code) {
        return registry.vehicle(code).map(Views::of).orElseThrow(() -> new UnknownCodeException("code", VEHICLE, code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProducerView> producers(String districtCode, PageRequest page) {
        return registry.producers(districtCode, page).map(Views::of);
    }

    /**
     * Routes with their stops, as far as the actor may read them: the bureau and administrators every route, a
     * hauler its own, a district officer those that stop in their districts; nobody else (a route tells where
     * and when waste waits at the roadside).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RouteView> routes(String haulerCode, Actor actor) {
        if (haulerCode != null) {
            Problems p = new Problems();
            Codes.check(haulerCode, "haulerCode", p);
            p.throwIfAny();
        }
        if (actor.readsEverything()) {
            return registry.routes(haulerCode).stream().map(Views::of).toList();
        }
        if (actor.has(Role.HAULER) && (haulerCode == null ? !actor.haulers().isEmpty() : actor.mayActForHauler(haulerCode))) {
            return registry.routes(haulerCode).stream().filter(r -> actor.mayActForHauler(r.haulerCode())).map(Views::of).toList();
        }
        if (actor.has(Role.DISTRICT_OFFICER)) {
            return registry.routes(haulerCode).stream().filter(r -> stopsIn(r, actor)).map(Views::of).toList();
        }
        throw new net.wastenet.shared.NotYoursException(haulerCode == null ? null : "haulerCode", Text.of(
                "routes are read by their hauler, the officers of the districts they stop in and the bureau",
                "收运路线仅供其收运单位、途经区（市）县的管理人员和市局查看"));
    }

    private boolean stopsIn(Route route, Actor actor) {
        for (Route.Stop s : route.stops()) {
            String district = s.sourceKind() == SourceKind.POINT
                    ? points.point(s.sourceCode()).map(net.wastenet.points.api.PointSummary::districtCode).orElse(null)
                    : registry.producer(s.sourceCode()).map(Producer::districtCode).orElse(null);
            if (district != null && actor.mayReadDistrict(district)) {
                return true;
            }
        }
        return false;
    }

    private static void requireAdministrator(Actor actor) {
        actor.requireRole(Role.ADMIN, Text.of("only administrators change reference data", "只有管理员可以修改基础数据"));
    }
}
