package cn.gonghui.place;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Documents the 404 of an operation on one station, public or administrative. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "404", description = "服务站不存在（STATION_NOT_FOUND）/ No such station")
public @interface StationNotFoundResponse {
}
