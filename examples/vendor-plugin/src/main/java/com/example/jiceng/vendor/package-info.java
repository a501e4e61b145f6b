/**
 * A sample third-party plugin for the Jiceng SDK, written as a regional vendor would: a 积分 rule pack
 * ({@link com.example.jiceng.vendor.WuhuaRuleSetProvider}) and a legacy file format
 * ({@link com.example.jiceng.vendor.PipeFormatProvider}), both found only through
 * {@code META-INF/services}.
 */
package com.example.jiceng.vendor;
